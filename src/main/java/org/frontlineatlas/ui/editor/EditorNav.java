package org.frontlineatlas.ui.editor;

import static org.frontlineatlas.i18n.UiText.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.frontlineatlas.i18n.LanguageSwitch;

/** The editor pages' header: where you are, the other editor pages, the map, who is signed in, the language. */
public class EditorNav extends Nav {

    public EditorNav(String title, AuthenticationContext authentication) {
        addClassName("editor-nav");
        Span who = new Span(authentication.getPrincipalName().orElse(""));
        who.addClassName("app-account-name");
        Button signOut = new Button(t("nav.signOut"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        add(
                new H2(title),
                new Anchor("editor", t("nav.ingest")),
                new Anchor("editor/pin", t("nav.pin")),
                new Anchor("editor/tours", t("nav.tours")),
                new Anchor("editor/feeds", t("nav.feeds")),
                new Anchor("editor/control", t("nav.control")),
                new Anchor("", t("nav.readersMap")),
                who,
                signOut,
                new LanguageSwitch());
        getStyle().set("width", "100%");
    }
}
