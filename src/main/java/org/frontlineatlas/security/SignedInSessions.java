package org.frontlineatlas.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The open sessions of signed-in people (Spring's session registry), so that disabling an account
 * ends its sessions: the registry marks them expired and Spring's ConcurrentSessionFilter signs the
 * person out on their next request.
 */
public class SignedInSessions {

    private final SessionRegistry registry;

    public SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Returns how many sessions were ended. */
    public int endAllOf(String username) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equalsIgnoreCase(username)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }
}
