package org.frontlineatlas.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the first admin when the database has none. There is no default password anywhere: the
 * password comes from atlas.admin.password (or the ATLAS_ADMIN_PASSWORD environment variable), or
 * is generated and printed once. Once an admin exists, the setting is ignored; it never resets a password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // just after FirstStartLock (several instances)
public class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    /** No look-alikes (0/O, 1/l/I), so a password read off a console is typed right the first time. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    static final int GENERATED_LENGTH = 20;

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String username;
    private final String configuredPassword;
    private final SecureRandom random = new SecureRandom();

    public FirstAdmin(
            UserRepository users,
            PasswordEncoder passwords,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${atlas.admin.username:admin}") String username,
            @Value("${atlas.admin.password:}") String configuredPassword) {
        this.users = users;
        this.passwords = passwords;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.username = AccountRules.username(username);
        this.configuredPassword = configuredPassword == null ? "" : configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureAdmin()
                .ifPresent(generated -> log.warn(
                        "FIRST START: created admin account '{}' with the generated password  {}  - sign in at /login."
                                + " It is shown only this once; set atlas.admin.password or ATLAS_ADMIN_PASSWORD to choose one.",
                        username,
                        generated));
    }

    /**
     * Makes sure an admin exists. Returns the generated password when one had to be made up (the
     * caller prints it), empty when an admin already existed or the configured password was used.
     */
    public Optional<String> ensureAdmin() {
        if (users.anyWithRole(Role.ADMIN)) {
            return Optional.empty();
        }
        boolean generate = configuredPassword.isEmpty();
        String password = generate ? generatePassword() : checkedConfiguredPassword();
        String hash = passwords.encode(password);
        try {
            boolean created = Boolean.TRUE.equals(tx.execute(status -> {
                if (users.anyWithRole(Role.ADMIN)) {
                    return false; // another instance on the same database got there first
                }
                if (users.exists(username)) {
                    throw new IllegalStateException("Account '" + username + "' exists but is no admin;"
                            + " set atlas.admin.username to another name to create the first admin");
                }
                users.insert(username, hash, Set.of(Role.ADMIN, Role.EDITOR), clock.instant());
                return true;
            }));
            if (created) {
                log.info("Created the first admin account '{}'", username);
            }
            return created && generate ? Optional.of(password) : Optional.empty();
        } catch (DuplicateKeyException raced) {
            return Optional.empty();
        }
    }

    private String checkedConfiguredPassword() {
        try {
            return AccountRules.password(configuredPassword);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "atlas.admin.password (ATLAS_ADMIN_PASSWORD) is not usable: " + e.getMessage());
        }
    }

    private String generatePassword() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
