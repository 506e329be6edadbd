package org.frontlineatlas.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Plain JDBC access to app_user and app_user_role. Stores bcrypt hashes only; hashing happens in the callers. */
public class UserRepository {

    /** What sign-in needs: the stored hash, whether the account may sign in, and its roles. */
    public record Credentials(String username, String passwordHash, boolean enabled, Set<Role> roles) {}

    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Usernames are matched case-insensitively, so "Admin" and "admin" cannot be two accounts. */
    public Optional<Credentials> findCredentials(String username) {
        return jdbc.sql(
                        "SELECT id, username, password_hash, enabled FROM app_user WHERE LOWER(username) = LOWER(:name)")
                .param("name", username)
                .query((rs, n) -> new Credentials(
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled"),
                        rolesOf(rs.getLong("id"))))
                .optional();
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE LOWER(username) = LOWER(:name)")
                        .param("name", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public boolean anyWithRole(Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user_role WHERE role = :role")
                        .param("role", role.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<UserAccount> findAll() {
        Map<Long, Set<Role>> roles = new LinkedHashMap<>();
        jdbc.sql("SELECT user_id, role FROM app_user_role").query((ResultSet rs) -> {
            roles.computeIfAbsent(rs.getLong("user_id"), id -> EnumSet.noneOf(Role.class))
                    .add(Role.valueOf(rs.getString("role")));
        });
        return jdbc.sql("SELECT id, username, enabled, created_at FROM app_user ORDER BY LOWER(username)")
                .query((rs, n) -> account(rs, roles.getOrDefault(rs.getLong("id"), Set.of())))
                .list();
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.sql("SELECT id, username, enabled, created_at FROM app_user WHERE LOWER(username) = LOWER(:name)")
                .param("name", username)
                .query((rs, n) -> account(rs, rolesOf(rs.getLong("id"))))
                .optional();
    }

    /** Inserts an enabled account with its roles; the caller runs this inside a transaction. */
    public long insert(String username, String passwordHash, Set<Role> roles, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO app_user (username, password_hash, enabled, created_at) VALUES (:name, :hash, TRUE, :at)")
                .param("name", username)
                .param("hash", passwordHash)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (:id, :role)")
                    .param("id", id)
                    .param("role", role.name())
                    .update();
        }
        return id;
    }

    /** Returns false when there is no such account. */
    public boolean setEnabled(String username, boolean enabled) {
        return jdbc.sql("UPDATE app_user SET enabled = :enabled WHERE LOWER(username) = LOWER(:name)")
                        .param("enabled", enabled)
                        .param("name", username)
                        .update()
                == 1;
    }

    private Set<Role> rolesOf(long userId) {
        List<String> names = jdbc.sql("SELECT role FROM app_user_role WHERE user_id = :id")
                .param("id", userId)
                .query(String.class)
                .list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(n -> roles.add(Role.valueOf(n)));
        return roles;
    }

    private static UserAccount account(ResultSet rs, Set<Role> roles) throws SQLException {
        return new UserAccount(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getBoolean("enabled"),
                roles,
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
