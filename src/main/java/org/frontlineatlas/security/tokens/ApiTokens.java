package org.frontlineatlas.security.tokens;

import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.DigestUtils;
import org.frontlineatlas.security.Role;
import org.frontlineatlas.security.UserRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Personal API tokens: an admin issues one for an account (name, scope), the secret is returned once
 * ({@code fla_} + 43 characters of base64url, 256 random bits) and only its SHA-256 is stored.
 * {@link #verify} turns a presented secret into its owner; it needs no sign-in (the Bearer filter
 * calls it), the admin operations need ADMIN (method security).
 * <p>
 * Why SHA-256 and not bcrypt: the secret is 256 random bits, not a password a person chose, so
 * nothing can be guessed from a fast hash; and a fast hash lets each request be checked by one
 * indexed lookup instead of a 50-100 ms bcrypt per call.
 */
public class ApiTokens {

    public static final String PREFIX = "fla_";
    /** last_used_at is written at most this often per token: a busy script costs no write per request. */
    public static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private static final Pattern SHAPE = Pattern.compile("fla_[A-Za-z0-9_-]{43}");
    private static final int MAX_NAME = 100;

    /** Why a presented token was or was not accepted. */
    public enum Outcome {
        ACCEPTED,
        MALFORMED,
        UNKNOWN,
        REVOKED,
        OWNER_DISABLED
    }

    /** The result of {@link #verify}: the token and its owner's roles when ACCEPTED. */
    public record Verification(Outcome outcome, ApiToken token, Set<Role> ownerRoles) {
        static Verification refused(Outcome why) {
            return new Verification(why, null, Set.of());
        }

        public boolean accepted() {
            return outcome == Outcome.ACCEPTED;
        }
    }

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final Clock clock;
    private final SecurityContextHolderStrategy security;
    private final SecureRandom random = new SecureRandom();

    public ApiTokens(
            ApiTokenRepository tokens, UserRepository users, Clock clock, SecurityContextHolderStrategy security) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
        this.security = security;
    }

    /** Issues a token for {@code owner}; throws IllegalArgumentException with a one-line reason when refused. */
    @RolesAllowed("ADMIN")
    public IssuedToken issue(String owner, String name, TokenScope scope) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME) {
            throw new IllegalArgumentException("A token needs a name of 1 to " + MAX_NAME + " characters");
        }
        if (scope == null) {
            throw new IllegalArgumentException("A token needs a scope: READ or WRITE");
        }
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        Authentication me = security.getContext().getAuthentication();
        String issuer = me == null ? "system" : me.getName();
        long id = tokens.insert(
                        owner == null ? "" : owner.strip(), label, scope, sha256(secret), issuer, clock.instant())
                .orElseThrow(() -> new IllegalArgumentException("There is no account named " + owner));
        return new IssuedToken(tokens.find(id).orElseThrow(), secret);
    }

    @RolesAllowed("ADMIN")
    public List<ApiToken> list() {
        return tokens.findAll();
    }

    /** Revokes at once: the next request with the token is refused. False when already revoked. */
    @RolesAllowed("ADMIN")
    public boolean revoke(long id) {
        if (tokens.find(id).isEmpty()) {
            throw new IllegalArgumentException("There is no token " + id);
        }
        return tokens.revoke(id, clock.instant());
    }

    /**
     * Checks a presented secret. The row is found by the hash (an index lookup: timing reveals only
     * whether some stored hash starts like the hash of a string the caller chose, which says nothing
     * about any secret), and the hashes are then compared in constant time. A token of a disabled
     * account is refused like a revoked one. An accepted use marks the token used.
     */
    public Verification verify(String presented) {
        if (presented == null || !SHAPE.matcher(presented).matches()) {
            return Verification.refused(Outcome.MALFORMED);
        }
        String hash = sha256(presented);
        var stored = tokens.findByHash(hash);
        if (stored.isEmpty()
                || !MessageDigest.isEqual(
                        hash.getBytes(StandardCharsets.US_ASCII),
                        stored.get().secretSha256().getBytes(StandardCharsets.US_ASCII))) {
            return Verification.refused(Outcome.UNKNOWN);
        }
        ApiToken token = stored.get().token();
        if (token.revoked()) {
            return Verification.refused(Outcome.REVOKED);
        }
        var owner = users.findCredentials(token.owner()).filter(UserRepository.Credentials::enabled);
        if (owner.isEmpty()) {
            return Verification.refused(Outcome.OWNER_DISABLED);
        }
        Instant now = clock.instant();
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION))) {
            tokens.markUsed(token.id(), now, now.minus(LAST_USED_RESOLUTION));
        }
        return new Verification(Outcome.ACCEPTED, token, owner.get().roles());
    }

    static String sha256(String secret) {
        return DigestUtils.sha256Hex(secret); // the secret is ASCII: UTF-8 gives the same bytes
    }
}
