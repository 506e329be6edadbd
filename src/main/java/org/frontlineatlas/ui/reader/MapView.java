package org.frontlineatlas.ui.reader;

import static org.frontlineatlas.i18n.UiText.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.frontlineatlas.reading.WindowReader;
import org.frontlineatlas.security.Role;
import org.frontlineatlas.ui.map.AtlasMap;
import org.springframework.beans.factory.annotation.Value;

/** The reader's page at /: the map of reports with its time bar, list and filters. */
@Route("")
@AnonymousAllowed
public class MapView extends MapPage implements HasDynamicTitle {

    public MapView(
            WindowReader events,
            AuthenticationContext authentication,
            @Value("${atlas.tiles.url:}") String tilesUrl,
            @Value("${atlas.tiles.attribution:}") String tilesAttribution) {
        super(events, AtlasMap.Mode.READER, tilesUrl, tilesAttribution);
        addClassName("map-view");
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("app-title");
        Span tagline = new Span(getTranslation("map.tagline"));
        tagline.addClassName("app-tagline");
        Header header = new Header(title, tagline, account(authentication));
        header.addClassName("app-header");
        add(header);
        addMap();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }

    /** "Sign in" for readers; the name, "Accounts" for admins, and "Sign out" for the signed in. */
    private static Div account(AuthenticationContext authentication) {
        Div account = new Div();
        account.addClassName("app-account");
        account.getStyle()
                .set("margin-left", "auto")
                .set("display", "flex")
                .set("gap", "0.75rem")
                .set("align-items", "baseline")
                .set("font-size", "var(--lumo-font-size-s)");
        if (!authentication.isAuthenticated()) {
            account.add(new Anchor("login", t("map.signIn")));
            return account;
        }
        Span name = new Span(authentication.getPrincipalName().orElse(""));
        name.addClassName("app-account-name");
        account.add(name);
        if (authentication.hasRole(Role.ADMIN.name())) {
            account.add(new Anchor("admin/users", t("map.accounts")));
        }
        Button signOut = new Button(t("nav.signOut"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        account.add(signOut);
        return account;
    }
}
