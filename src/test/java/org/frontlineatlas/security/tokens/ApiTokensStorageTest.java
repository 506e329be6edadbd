package org.frontlineatlas.security.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.frontlineatlas.security.Role;
import org.frontlineatlas.security.UserRepository;
import org.frontlineatlas.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** Tokens against a real database (Flyway's schema on H2), without Spring: issue, verify, revoke, list. */
@Tag("database")
class ApiTokensStorageTest {

    private final HikariDataSource ds = TestDatabase.open("tokens");
    private final JdbcClient jdbc = JdbcClient.create(ds);
    private final UserRepository users = new UserRepository(jdbc);
    private Instant now = Instant.parse("2026-12-07T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final ApiTokens tokens =
            new ApiTokens(new ApiTokenRepository(jdbc), users, clock, SecurityContextHolder.getContextHolderStrategy());

    ApiTokensStorageTest() {
        users.insert("olena", "{noop}unused", Set.of(Role.EDITOR), now);
    }

    @AfterEach
    void close() {
        if (!TestDatabase.postgres()) {
            jdbc.sql("SHUTDOWN").update();
        }
        ds.close();
    }

    private String storedColumns() {
        return jdbc.sql("SELECT * FROM api_token")
                .query((rs, n) -> {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        row.append(rs.getString(c)).append('|');
                    }
                    return row.toString();
                })
                .list()
                .toString();
    }

    @Test
    void theSecretIsShownOnceAndOnlyItsHashIsStored() {
        IssuedToken issued = tokens.issue("olena", "nightly import", TokenScope.WRITE);

        assertThat(issued.secret()).matches("fla_[A-Za-z0-9_-]{43}");
        assertThat(storedColumns())
                .doesNotContain(issued.secret())
                .doesNotContain(issued.secret().substring(4))
                .contains(ApiTokens.sha256(issued.secret()));
        assertThat(issued.toString()).doesNotContain(issued.secret());
        assertThat(issued.token().owner()).isEqualTo("olena");
        assertThat(issued.token().scope()).isEqualTo(TokenScope.WRITE);
        assertThat(issued.token().createdAt()).isEqualTo(now);
        assertThat(issued.token().lastUsedAt()).isNull();
        // Two tokens never share a secret.
        assertThat(tokens.issue("olena", "second", TokenScope.READ).secret()).isNotEqualTo(issued.secret());
    }

    @Test
    void aValidSecretNamesItsOwnerAndTheOwnersRoles() {
        IssuedToken issued = tokens.issue("olena", "wire", TokenScope.READ);

        ApiTokens.Verification v = tokens.verify(issued.secret());
        assertThat(v.accepted()).isTrue();
        assertThat(v.token().owner()).isEqualTo("olena");
        assertThat(v.token().name()).isEqualTo("wire");
        assertThat(v.token().scope()).isEqualTo(TokenScope.READ);
        assertThat(v.ownerRoles()).containsExactly(Role.EDITOR);
    }

    @Test
    void unknownMalformedRevokedAndDisabledOwnersTokensAreRefused() {
        IssuedToken issued = tokens.issue("olena", "wire", TokenScope.WRITE);
        String secret = issued.secret();
        char last = secret.charAt(secret.length() - 1);
        String oneCharOff = secret.substring(0, secret.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(tokens.verify(oneCharOff).outcome()).isEqualTo(ApiTokens.Outcome.UNKNOWN);
        assertThat(tokens.verify("fla_short").outcome()).isEqualTo(ApiTokens.Outcome.MALFORMED);
        assertThat(tokens.verify(null).outcome()).isEqualTo(ApiTokens.Outcome.MALFORMED);
        assertThat(tokens.verify(ApiTokens.sha256(secret)).outcome())
                .isEqualTo(ApiTokens.Outcome.MALFORMED); // the stored hash is no key

        users.setEnabled("olena", false);
        assertThat(tokens.verify(secret).outcome()).isEqualTo(ApiTokens.Outcome.OWNER_DISABLED);
        users.setEnabled("olena", true);
        assertThat(tokens.verify(secret).accepted()).isTrue();

        now = now.plusSeconds(5);
        assertThat(tokens.revoke(issued.token().id())).isTrue();
        assertThat(tokens.verify(secret).outcome()).isEqualTo(ApiTokens.Outcome.REVOKED);
        assertThat(tokens.revoke(issued.token().id()))
                .as("revoking twice keeps the first time")
                .isFalse();
        assertThat(tokens.list())
                .singleElement()
                .satisfies(t -> assertThat(t.revokedAt()).isEqualTo(now));
    }

    @Test
    void badNamesUnknownOwnersAndMissingScopesAreRefusedWithAReason() {
        assertThatThrownBy(() -> tokens.issue("nobody", "x", TokenScope.READ))
                .hasMessage("There is no account named nobody");
        assertThatThrownBy(() -> tokens.issue("olena", "  ", TokenScope.READ)).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> tokens.issue("olena", "x".repeat(101), TokenScope.READ))
                .hasMessageContaining("needs a name");
        assertThatThrownBy(() -> tokens.issue("olena", "x", null)).hasMessageContaining("scope");
        assertThatThrownBy(() -> tokens.revoke(999)).hasMessage("There is no token 999");
        assertThat(tokens.list()).isEmpty();
    }

    @Test
    void lastUsedIsWrittenAtMostOnceAMinute() {
        IssuedToken issued = tokens.issue("olena", "busy script", TokenScope.WRITE);
        Instant first = now;
        tokens.verify(issued.secret());
        assertThat(lastUsed()).isEqualTo(first);

        now = now.plusSeconds(30);
        tokens.verify(issued.secret());
        assertThat(lastUsed()).as("within the minute: no write").isEqualTo(first);

        now = first.plus(Duration.ofMinutes(1)).plusSeconds(1);
        tokens.verify(issued.secret());
        assertThat(lastUsed()).isEqualTo(now.truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void theListShowsEveryTokenNewestFirstWithItsOwner() {
        users.insert("taras", "{noop}unused", Set.of(Role.ADMIN), now);
        tokens.issue("olena", "first", TokenScope.READ);
        now = now.plusSeconds(1);
        tokens.issue("TARAS", "second", TokenScope.WRITE); // account names match case-insensitively

        assertThat(tokens.list())
                .extracting(ApiToken::name, ApiToken::owner, ApiToken::scope)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("second", "taras", TokenScope.WRITE),
                        org.assertj.core.groups.Tuple.tuple("first", "olena", TokenScope.READ));
    }

    private Instant lastUsed() {
        return tokens.list().get(0).lastUsedAt();
    }
}
