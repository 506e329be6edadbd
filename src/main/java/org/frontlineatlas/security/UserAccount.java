package org.frontlineatlas.security;

import java.time.Instant;
import java.util.Set;

/** An account as the admin page shows it; the password hash never leaves {@link UserRepository}. */
public record UserAccount(long id, String username, boolean enabled, Set<Role> roles, Instant createdAt) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }
}
