package org.frontlineatlas.ingest.feeds;

import java.util.function.Supplier;
import org.frontlineatlas.security.UserRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The poller writes on behalf of the editor who added the feed, with that account's roles, as if
 * signed in: the same checks as a person's ingest, and the audit log names them. A disabled or
 * removed account writes nothing; its feeds fail until someone else adds them.
 */
class RunAsOwner {

    private final SecurityContextHolderStrategy security;
    private final UserRepository users;

    RunAsOwner(SecurityContextHolderStrategy security, UserRepository users) {
        this.security = security;
        this.users = users;
    }

    <T> T call(String username, Supplier<T> work) {
        UserRepository.Credentials owner = users.findCredentials(username)
                .filter(UserRepository.Credentials::enabled)
                .orElseThrow(() ->
                        new AccessDeniedException("the account " + username + " that added this feed is disabled"));
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                owner.username(),
                null,
                owner.roles().stream()
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList()));
        security.setContext(context);
        try {
            return work.get();
        } finally {
            security.clearContext();
        }
    }
}
