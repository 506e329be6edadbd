package org.frontlineatlas.events;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A sign-in that came through an API token (security's ApiTokenAuthentication is one). The audit log
 * asks for this instead of for the security class so that storage does not depend on security, whose
 * views read events.
 */
public interface TokenAuthenticated {

    String tokenName();

    /** The name of the token the current request came through, if it came through one. */
    static Optional<String> currentTokenName() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof TokenAuthenticated t
                ? Optional.of(t.tokenName())
                : Optional.empty();
    }
}
