package org.frontlineatlas.security.ui;

import static org.frontlineatlas.i18n.UiText.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.frontlineatlas.i18n.LanguageSwitch;
import org.frontlineatlas.i18n.UiText;
import org.frontlineatlas.security.UserAccount;
import org.frontlineatlas.security.UserAccounts;
import org.frontlineatlas.security.tokens.ApiToken;
import org.frontlineatlas.security.tokens.ApiTokens;
import org.frontlineatlas.security.tokens.IssuedToken;
import org.frontlineatlas.security.tokens.TokenScope;

/**
 * Admins issue personal API tokens for scripts, see each secret once, list and revoke tokens, at
 * /admin/tokens. The secret lives only in the field shown after issuing: it is not stored, and
 * leaving or reloading the page loses it for good.
 */
@Route("admin/tokens")
@RolesAllowed("ADMIN")
public class AdminTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokens tokens;
    private final Grid<ApiToken> grid = new Grid<>(ApiToken.class, false);
    private final ComboBox<String> owner = new ComboBox<>(t("tokens.owner"));
    private final TextField name = new TextField(t("tokens.name"));
    private final Select<TokenScope> scope = new Select<>();
    private final Div secretBox = new Div();
    private final TextField secret = new TextField(t("tokens.secret"));
    private final Div message = new Div();

    public AdminTokensView(ApiTokens tokens, UserAccounts accounts, AuthenticationContext authentication) {
        this.tokens = tokens;
        addClassName("admin-tokens");

        Button signOut = new Button(t("nav.signOut"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout top = new HorizontalLayout(
                new H2(t("tokens.title")),
                new Anchor("admin/users", t("tokens.accounts")),
                new Anchor("", t("admin.map")),
                signOut,
                new LanguageSwitch());
        top.setAlignItems(FlexComponent.Alignment.BASELINE);

        owner.setItems(accounts.list().stream()
                .filter(UserAccount::enabled)
                .map(UserAccount::username)
                .toList());
        owner.setRequired(true);
        owner.addClassName("token-owner");
        name.setRequired(true);
        name.setMaxLength(100);
        name.setHelperText(t("tokens.nameHelp"));
        name.addClassName("token-name");
        scope.setLabel(t("tokens.scope"));
        scope.setItems(TokenScope.values());
        scope.setItemLabelGenerator(AdminTokensView::scopeLabel);
        scope.setValue(TokenScope.WRITE);
        scope.addClassName("token-scope");
        Button issue = new Button(t("tokens.issue"), e -> issue());
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClassName("token-issue");
        HorizontalLayout form = new HorizontalLayout(owner, name, scope, issue);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        // Shown once, right after issuing: the warning, the secret to copy, and a way to close it.
        Paragraph warning = new Paragraph(t("tokens.once"));
        warning.addClassName("token-warning");
        secret.setReadOnly(true);
        secret.setWidth("42em");
        secret.addClassName("token-secret-value");
        Button copy = new Button(
                t("tokens.copy"),
                e -> secret.getElement()
                        .executeJs(
                                "const v = $0; (navigator.clipboard ? navigator.clipboard.writeText(v) : Promise.reject()).catch(() => {"
                                        + " const i = this.inputElement; i.select(); document.execCommand('copy'); });",
                                secret.getValue()));
        copy.addClassName("token-copy");
        Button done = new Button(t("tokens.done"), e -> hideSecret());
        done.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout secretRow = new HorizontalLayout(secret, copy, done);
        secretRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        secretBox.add(warning, secretRow);
        secretBox.addClassName("token-secret");
        secretBox.getElement().setAttribute("role", "alert");
        secretBox.setVisible(false);

        message.addClassName("admin-message");
        message.getElement().setAttribute("role", "status");
        message.setVisible(false);

        grid.addColumn(ApiToken::owner).setHeader(t("tokens.owner")).setAutoWidth(true);
        grid.addColumn(ApiToken::name).setHeader(t("tokens.name")).setAutoWidth(true);
        grid.addColumn(tk -> scopeLabel(tk.scope()))
                .setHeader(t("tokens.scope"))
                .setAutoWidth(true);
        grid.addColumn(tk -> UiText.dateTime(tk.createdAt()))
                .setHeader(t("tokens.created"))
                .setAutoWidth(true);
        grid.addColumn(tk -> tk.lastUsedAt() == null ? t("tokens.never") : UiText.dateTime(tk.lastUsedAt()))
                .setHeader(t("tokens.lastUsed"))
                .setAutoWidth(true);
        grid.addColumn(tk -> tk.revoked() ? t("tokens.revokedAt", UiText.dateTime(tk.revokedAt())) : t("tokens.active"))
                .setHeader(t("admin.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addClassName("token-list");

        add(top, new Paragraph(t("tokens.intro")), form, secretBox, message, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return t("tokens.pageTitle");
    }

    private static String scopeLabel(TokenScope scope) {
        return t("tokens.scope." + scope.name().toLowerCase(Locale.ROOT));
    }

    private void issue() {
        if (owner.getValue() == null) {
            show(t("tokens.needOwner"));
            return;
        }
        if (name.getValue().isBlank()) {
            show(t("tokens.needName"));
            return;
        }
        try {
            IssuedToken issued = tokens.issue(owner.getValue(), name.getValue(), scope.getValue());
            secret.setValue(issued.secret());
            secretBox.setVisible(true);
            name.clear();
            show(t("tokens.issued", issued.token().name(), issued.token().owner()));
            refresh();
        } catch (IllegalArgumentException refused) {
            show(refused.getMessage());
        }
    }

    private void hideSecret() {
        secret.clear();
        secretBox.setVisible(false);
    }

    private Button revokeButton(ApiToken token) {
        Button revoke = new Button(t("tokens.revoke"), e -> {
            tokens.revoke(token.id());
            show(t("tokens.revoked", token.name(), token.owner()));
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        revoke.setAriaLabel(t("tokens.revokeWho", token.name(), token.owner()));
        revoke.setEnabled(!token.revoked());
        return revoke;
    }

    private void show(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    private void refresh() {
        grid.setItems(tokens.list());
    }
}
