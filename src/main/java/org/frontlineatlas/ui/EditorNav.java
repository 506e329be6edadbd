package org.frontlineatlas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The editor pages' header: where you are, the other editor pages, the map, who is signed in. */
class EditorNav extends Nav {

    EditorNav(String title, AuthenticationContext authentication) {
        addClassName("editor-nav");
        Span who = new Span(authentication.getPrincipalName().orElse(""));
        who.addClassName("app-account-name");
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        add(new H2(title), new Anchor("editor", "Ingest articles"), new Anchor("editor/pin", "Pin and edit"), new Anchor("editor/tours", "Tours"),
                new Anchor("editor/feeds", getTranslation("nav.feeds")),
                new Anchor("", "Readers' map"), who, signOut);
        getStyle().set("width", "100%");
    }
}
