package org.frontlineatlas.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The signed-in person a write is attributed to. Asks the account table each time, because a session
 * outlives a change to the account: an editor disabled by an admin may still have a tab open, and
 * that tab must not write.
 */
public class CurrentEditor {

    private final SecurityContextHolderStrategy security;
    private final UserRepository users;

    public CurrentEditor(SecurityContextHolderStrategy security, UserRepository users) {
        this.security = security;
        this.users = users;
    }

    /** The account name of the signed-in person, if that account still exists and is enabled. */
    public String name() {
        Authentication who = security.getContext().getAuthentication();
        if (who == null || !who.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("Sign in to make changes");
        }
        return users.findCredentials(who.getName())
                .filter(UserRepository.Credentials::enabled)
                .map(UserRepository.Credentials::username)
                .orElseThrow(() -> new AccessDeniedException("Your account is disabled; nothing was saved"));
    }
}
