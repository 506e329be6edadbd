package org.frontlineatlas.security;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in with {@link SignInThrottle} in front: a blocked account or address
 * is refused before the password is even compared, and every wrong password or disabled account counts.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final SignInThrottle throttle;

    public ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, SignInThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = remoteAddress(attempt);
        Optional<Duration> blocked = throttle.blockedFor(username, address);
        if (blocked.isPresent()) {
            throw new SignInThrottledException(blocked.get());
        }
        try {
            Authentication signedIn = passwordCheck.authenticate(attempt);
            throttle.succeeded(username);
            return signedIn;
        } catch (BadCredentialsException | AccountStatusException refused) {
            throttle.failed(username, address);
            // The failure that reaches the limit already says so, rather than the attempt after it.
            Optional<Duration> nowBlocked = throttle.blockedFor(username, address);
            if (nowBlocked.isPresent()) {
                throw new SignInThrottledException(nowBlocked.get());
            }
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The client's address as the servlet container saw it (behind a proxy, set server.forward-headers-strategy). */
    private static String remoteAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }
}
