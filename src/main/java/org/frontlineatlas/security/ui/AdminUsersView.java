package org.frontlineatlas.security.ui;

import static org.frontlineatlas.i18n.UiText.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.frontlineatlas.i18n.ComponentTexts;
import org.frontlineatlas.i18n.LanguageSwitch;
import org.frontlineatlas.i18n.UiText;
import org.frontlineatlas.security.AccountRules;
import org.frontlineatlas.security.Role;
import org.frontlineatlas.security.UserAccount;
import org.frontlineatlas.security.UserAccounts;

/** Admins list accounts, add editors and disable or enable them, at /admin/users. */
@Route("admin/users")
@RolesAllowed("ADMIN")
public class AdminUsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAccounts accounts;
    private final String me;
    private final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
    private final TextField username = new TextField(t("admin.username"));
    private final PasswordField password = ComponentTexts.passwordField(new PasswordField(t("admin.password")));
    private final Div message = new Div();

    public AdminUsersView(UserAccounts accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.me = authentication.getPrincipalName().orElse("");
        addClassName("admin-users");

        Anchor map = new Anchor("", t("admin.map"));
        Button signOut = new Button(t("nav.signOut"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout top = new HorizontalLayout(
                new H2(t("admin.title")),
                new Anchor("admin/tokens", t("admin.tokens")),
                map,
                signOut,
                new LanguageSwitch());
        top.setAlignItems(FlexComponent.Alignment.BASELINE);

        username.setRequired(true);
        password.setRequired(true);
        password.setHelperText(t("admin.passwordHelp", AccountRules.MIN_PASSWORD_LENGTH));
        Button add = new Button(t("admin.add"), e -> addEditor());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(username, password, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        message.addClassName("admin-message");
        message.getElement().setAttribute("role", "status");
        message.setVisible(false);

        grid.addColumn(UserAccount::username).setHeader(t("admin.username")).setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream()
                        .map(AdminUsersView::roleName)
                        .sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(t("admin.roles"))
                .setAutoWidth(true);
        grid.addColumn(a -> t(a.enabled() ? "admin.enabled" : "admin.disabled"))
                .setHeader(t("admin.status"))
                .setAutoWidth(true);
        grid.addColumn(a -> UiText.date(
                        a.createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate()))
                .setHeader(t("admin.since"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::toggleButton).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);

        add(top, form, message, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return t("admin.pageTitle");
    }

    private Button toggleButton(UserAccount account) {
        Button toggle = new Button(t(account.enabled() ? "admin.disable" : "admin.enable"), e -> {
            try {
                UserAccount changed = accounts.setEnabled(account.username(), !account.enabled());
                show(t(changed.enabled() ? "admin.canSignIn" : "admin.cannotSignIn", changed.username()));
                refresh();
            } catch (IllegalArgumentException refused) {
                show(refused.getMessage());
            }
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.setAriaLabel(t(
                account.enabled() ? "admin.disableWho" : "admin.enableWho",
                account.username())); // "Disable taras", for screen readers
        toggle.setEnabled(!account.username().equalsIgnoreCase(me)); // an admin cannot lock themself out
        return toggle;
    }

    private void addEditor() {
        try {
            UserAccount added = accounts.addEditor(username.getValue(), password.getValue());
            username.clear();
            password.clear();
            show(t("admin.added", added.username()));
            refresh();
        } catch (IllegalArgumentException refused) {
            show(refused.getMessage());
        }
    }

    private void show(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }

    private static String roleName(Role role) {
        return t("role." + role.name().toLowerCase(java.util.Locale.ROOT));
    }
}
