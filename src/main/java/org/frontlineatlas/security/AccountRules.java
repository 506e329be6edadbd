package org.frontlineatlas.security;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** What a username and a password must look like; the messages are shown to the admin as they are. */
public final class AccountRules {

    public static final int MIN_PASSWORD_LENGTH = 12;
    /** bcrypt reads only the first 72 bytes; a longer password would silently lose its tail. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");

    private AccountRules() {}

    /** The username without surrounding blanks; throws with a one-line reason when it is not acceptable. */
    public static String username(String username) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "A username has 3 to 64 characters: letters, digits, dot, dash or underscore");
        }
        return name;
    }

    public static String password(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("A password may have at most " + MAX_PASSWORD_BYTES + " bytes");
        }
        if (password.isBlank()) {
            throw new IllegalArgumentException("A password cannot be only blanks");
        }
        return password;
    }
}
