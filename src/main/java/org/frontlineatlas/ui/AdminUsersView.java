package org.frontlineatlas.ui;

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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.frontlineatlas.security.AccountRules;
import org.frontlineatlas.security.UserAccount;
import org.frontlineatlas.security.UserAccounts;

/** Admins list accounts, add editors and disable or enable them, at /admin/users. */
@Route("admin/users")
@PageTitle("Accounts · Frontline Atlas")
@RolesAllowed("ADMIN")
public class AdminUsersView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final UserAccounts accounts;
    private final String me;
    private final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
    private final TextField username = new TextField("Username");
    private final PasswordField password = new PasswordField("Initial password");
    private final Div message = new Div();

    public AdminUsersView(UserAccounts accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.me = authentication.getPrincipalName().orElse("");
        addClassName("admin-users");

        Anchor map = new Anchor("", "Map");
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout top = new HorizontalLayout(new H2("Accounts"), map, signOut);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);

        username.setRequired(true);
        password.setRequired(true);
        password.setHelperText("At least " + AccountRules.MIN_PASSWORD_LENGTH + " characters; tell it to the editor in person");
        Button add = new Button("Add editor", e -> addEditor());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(username, password, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        message.addClassName("admin-message");
        message.getElement().setAttribute("role", "status");
        message.setVisible(false);

        grid.addColumn(UserAccount::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))
                .setHeader("Roles").setAutoWidth(true);
        grid.addColumn(a -> a.enabled() ? "enabled" : "disabled").setHeader("Status").setAutoWidth(true);
        grid.addColumn(a -> DAY.format(a.createdAt())).setHeader("Since").setAutoWidth(true);
        grid.addComponentColumn(this::toggleButton).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);

        add(top, form, message, grid);
        refresh();
    }

    private Button toggleButton(UserAccount account) {
        Button toggle = new Button(account.enabled() ? "Disable" : "Enable", e -> {
            try {
                UserAccount changed = accounts.setEnabled(account.username(), !account.enabled());
                show(changed.username() + (changed.enabled() ? " can sign in again" : " can no longer sign in"));
                refresh();
            } catch (IllegalArgumentException refused) {
                show(refused.getMessage());
            }
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.setAriaLabel(toggle.getText() + " " + account.username()); // "Disable taras", for screen readers
        toggle.setEnabled(!account.username().equalsIgnoreCase(me)); // an admin cannot lock themself out
        return toggle;
    }

    private void addEditor() {
        try {
            UserAccount added = accounts.addEditor(username.getValue(), password.getValue());
            username.clear();
            password.clear();
            show("Added editor " + added.username());
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
}
