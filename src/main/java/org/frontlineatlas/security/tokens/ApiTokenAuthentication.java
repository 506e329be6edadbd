package org.frontlineatlas.security.tokens;

import java.util.Optional;
import java.util.Set;
import org.frontlineatlas.events.TokenAuthenticated;
import org.frontlineatlas.security.Role;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A request authenticated by an API token: it acts as the token's owner (the name writes are
 * attributed to) with the owner's roles, and remembers which token it came through.
 */
public class ApiTokenAuthentication extends AbstractAuthenticationToken implements TokenAuthenticated {

    private final ApiToken token;

    ApiTokenAuthentication(ApiToken token, Set<Role> ownerRoles) {
        super(ownerRoles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList());
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return ""; // the secret is not kept
    }

    @Override
    public Object getPrincipal() {
        return token.owner();
    }

    public ApiToken token() {
        return token;
    }

    @Override
    public String tokenName() {
        return token.name();
    }

    /** The name of the token the current request came through, if it came through one (for the audit log). */
    public static Optional<String> currentTokenName() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who instanceof ApiTokenAuthentication t ? Optional.of(t.token.name()) : Optional.empty();
    }
}
