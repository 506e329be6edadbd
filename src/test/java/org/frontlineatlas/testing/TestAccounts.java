package org.frontlineatlas.testing;

import java.time.Instant;
import java.util.Set;
import org.frontlineatlas.security.Role;
import org.frontlineatlas.security.UserRepository;

/** Accounts the tests act as: created once per test database, with a password nobody types. */
public final class TestAccounts {

    private TestAccounts() {}

    /** Creates each named account with {@code role} unless the database already has it. */
    public static void ensure(UserRepository users, Role role, String... names) {
        for (String name : names) {
            if (!users.exists(name)) {
                users.insert(name, "{noop}unused", Set.of(role), Instant.now());
            }
        }
    }
}
