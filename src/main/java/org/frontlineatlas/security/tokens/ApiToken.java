package org.frontlineatlas.security.tokens;

import java.time.Instant;

/** A token as the admin page lists it: never the secret, which is not stored. */
public record ApiToken(
        long id,
        String owner,
        String name,
        TokenScope scope,
        Instant createdAt,
        String createdBy,
        Instant lastUsedAt,
        Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
