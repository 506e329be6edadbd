package org.frontlineatlas.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password because of too many recent failures. */
public class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("Too many attempts, try again in " + minutesText(retryAfter));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole minutes, rounded up, at least 1 (the sign-in page says it in the UI's language). */
    public static long wholeMinutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    /** "1 minute", "3 minutes": whole minutes, rounded up, so the wait is never shorter than said. */
    public static String minutesText(Duration wait) {
        long minutes = wholeMinutes(wait);
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
