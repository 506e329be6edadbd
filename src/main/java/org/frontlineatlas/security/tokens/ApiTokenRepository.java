package org.frontlineatlas.security.tokens;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Plain JDBC access to api_token. Holds hashes only; hashing happens in {@link ApiTokens}. */
public class ApiTokenRepository {

    /** A stored token with its hash, for verification only. */
    record Stored(ApiToken token, String secretSha256) {}

    private static final String SELECT = """
            SELECT t.id, u.username, t.name, t.scope, t.secret_sha256, t.created_at, t.created_by, t.last_used_at, t.revoked_at
            FROM api_token t JOIN app_user u ON u.id = t.user_id
            """;

    private final JdbcClient jdbc;

    public ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a token for the account {@code owner}; empty when there is no such account. */
    Optional<Long> insert(
            String owner, String name, TokenScope scope, String secretSha256, String createdBy, Instant at) {
        Optional<Long> userId = jdbc.sql("SELECT id FROM app_user WHERE LOWER(username) = LOWER(:name)")
                .param("name", owner)
                .query(Long.class)
                .optional();
        if (userId.isEmpty()) {
            return Optional.empty();
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_token (user_id, name, scope, secret_sha256, created_at, created_by)
                VALUES (:user, :name, :scope, :hash, :at, :by)
                """)
                .param("user", userId.get())
                .param("name", name)
                .param("scope", scope.name())
                .param("hash", secretSha256)
                .param("at", utc(at))
                .param("by", createdBy)
                .update(keys, "id");
        return Optional.of(keys.getKeyAs(Number.class).longValue());
    }

    Optional<Stored> findByHash(String secretSha256) {
        return jdbc.sql(SELECT + " WHERE t.secret_sha256 = :hash")
                .param("hash", secretSha256)
                .query((rs, n) -> new Stored(token(rs), rs.getString("secret_sha256")))
                .optional();
    }

    public Optional<ApiToken> find(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = :id")
                .param("id", id)
                .query((rs, n) -> token(rs))
                .optional();
    }

    /** Newest first. */
    public List<ApiToken> findAll() {
        return jdbc.sql(SELECT + " ORDER BY t.created_at DESC, t.id DESC")
                .query((rs, n) -> token(rs))
                .list();
    }

    /** Returns false when the token does not exist or was already revoked (the first revocation time stays). */
    boolean revoke(long id, Instant at) {
        return jdbc.sql("UPDATE api_token SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                        .param("at", utc(at))
                        .param("id", id)
                        .update()
                == 1;
    }

    /** One cheap UPDATE that does nothing when the token was marked used since {@code staleBefore}. */
    void markUsed(long id, Instant at, Instant staleBefore) {
        jdbc.sql(
                        "UPDATE api_token SET last_used_at = :at WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :stale)")
                .param("at", utc(at))
                .param("id", id)
                .param("stale", utc(staleBefore))
                .update();
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("name"),
                TokenScope.valueOf(rs.getString("scope")),
                instant(rs, "created_at"),
                rs.getString("created_by"),
                instant(rs, "last_used_at"),
                instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
