package org.frontlineatlas.security;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Account management for admins. Every method is checked here as well as on the admin view, so a
 * caller without the ADMIN role is refused even if it reached the service some other way.
 */
public class UserAccounts {

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SignedInSessions sessions;
    private final SecurityContextHolderStrategy security;

    /** {@code security}: the holder method security reads (Vaadin's in the app), to know who is asking. */
    public UserAccounts(
            UserRepository users,
            PasswordEncoder passwords,
            PlatformTransactionManager transactions,
            Clock clock,
            SignedInSessions sessions,
            SecurityContextHolderStrategy security) {
        this.users = users;
        this.passwords = passwords;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.sessions = sessions;
        this.security = security;
    }

    @RolesAllowed("ADMIN")
    public List<UserAccount> list() {
        return users.findAll();
    }

    /** Adds an enabled editor; throws IllegalArgumentException with a message for the admin when refused. */
    @RolesAllowed("ADMIN")
    public UserAccount addEditor(String username, String initialPassword) {
        String name = AccountRules.username(username);
        String hash = passwords.encode(AccountRules.password(initialPassword));
        try {
            return tx.execute(status -> {
                if (users.exists(name)) {
                    throw new IllegalArgumentException("There is already an account named " + name);
                }
                users.insert(name, hash, Set.of(Role.EDITOR), clock.instant());
                return users.find(name).orElseThrow();
            });
        } catch (DuplicateKeyException raced) {
            throw new IllegalArgumentException("There is already an account named " + name);
        }
    }

    /**
     * Enables or disables an account. Disabling also ends the person's open sessions, so the change
     * takes effect at once rather than when their session times out.
     */
    @RolesAllowed("ADMIN")
    public UserAccount setEnabled(String username, boolean enabled) {
        Authentication me = security.getContext().getAuthentication();
        if (!enabled && me != null && me.getName().equalsIgnoreCase(username)) {
            throw new IllegalArgumentException("You cannot disable your own account");
        }
        if (!users.setEnabled(username, enabled)) {
            throw new IllegalArgumentException("There is no account named " + username);
        }
        UserAccount account = users.find(username).orElseThrow();
        if (!enabled) {
            sessions.endAllOf(account.username());
        }
        return account;
    }
}
