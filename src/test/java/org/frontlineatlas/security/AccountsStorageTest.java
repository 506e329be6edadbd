package org.frontlineatlas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.frontlineatlas.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts against a real database (in-memory H2, or PostgreSQL in its test pass), without Spring: storage, bootstrap, sign-in. */
@Tag("database")
class AccountsStorageTest {

    private final HikariDataSource ds = TestDatabase.open("accounts");
    private final JdbcClient jdbc = JdbcClient.create(ds);
    private final UserRepository users = new UserRepository(jdbc);
    private final PasswordEncoder bcrypt = new BCryptPasswordEncoder();
    private final DataSourceTransactionManager tx = new DataSourceTransactionManager(ds);
    private final UserAccounts accounts = new UserAccounts(
            users,
            bcrypt,
            tx,
            Clock.systemUTC(),
            new SignedInSessions(new SessionRegistryImpl()),
            SecurityContextHolder.getContextHolderStrategy());
    private final SignInThrottle throttle =
            new SignInThrottle(SignInThrottle.Policy.ACCOUNT, SignInThrottle.Policy.ADDRESS, Clock.systemUTC());
    private final ThrottledAuthenticationProvider signIn =
            new ThrottledAuthenticationProvider(SecurityConfiguration.passwordCheck(users, bcrypt), throttle);

    @AfterEach
    void close() {
        if (!TestDatabase.postgres()) {
            jdbc.sql("SHUTDOWN").update(); // frees the in-memory H2 database
        }
        ds.close();
    }

    private FirstAdmin firstAdmin(String configuredPassword) {
        return new FirstAdmin(users, bcrypt, tx, Clock.systemUTC(), "admin", configuredPassword);
    }

    private String storedHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = :u")
                .param("u", username)
                .query(String.class)
                .single();
    }

    private Authentication signIn(String username, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void aNewEditorsPasswordIsStoredAsABcryptHashNeverAsText() {
        accounts.addEditor("olena", "correct horse battery");

        String hash = storedHash("olena");
        assertThat(hash).startsWith("$2").doesNotContain("correct horse");
        assertThat(bcrypt.matches("correct horse battery", hash)).isTrue();
        assertThat(users.find("olena").orElseThrow().roles()).containsExactly(Role.EDITOR);
    }

    @Test
    void shortPasswordsBadNamesAndDuplicatesAreRefusedWithAReason() {
        assertThatThrownBy(() -> accounts.addEditor("olena", "short-pass1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> accounts.addEditor("o lena<", "long enough password"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("letters, digits");
        accounts.addEditor("olena", "long enough password");
        assertThatThrownBy(() -> accounts.addEditor("OLENA", "another long password"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already an account");
        assertThat(users.findAll()).hasSize(1);
    }

    @Test
    void theFirstAdminGetsTheConfiguredPasswordAndNothingIsPrinted() {
        assertThat(firstAdmin("configured-admin-secret").ensureAdmin()).isEmpty();

        UserAccount admin = users.find("admin").orElseThrow();
        assertThat(admin.roles()).contains(Role.ADMIN);
        assertThat(bcrypt.matches("configured-admin-secret", storedHash("admin")))
                .isTrue();
        assertThat(authorities(signIn("admin", "configured-admin-secret"))).contains("ROLE_ADMIN");
    }

    @Test
    void withoutAConfiguredPasswordOneIsGeneratedOnceAndItSignsIn() {
        String generated = firstAdmin("").ensureAdmin().orElseThrow();

        assertThat(generated).hasSize(FirstAdmin.GENERATED_LENGTH);
        assertThat(storedHash("admin")).doesNotContain(generated);
        assertThat(authorities(signIn("admin", generated))).contains("ROLE_ADMIN", "ROLE_EDITOR");
        // The next start finds the admin: no new password, and the old one still works.
        assertThat(firstAdmin("").ensureAdmin()).isEmpty();
        assertThat(firstAdmin("a-later-configured-password").ensureAdmin()).isEmpty();
        assertThat(signIn("admin", generated).isAuthenticated()).isTrue();
        assertThat(users.findAll()).hasSize(1);
    }

    @Test
    void twoStartsGenerateDifferentPasswords() {
        String first = firstAdmin("").ensureAdmin().orElseThrow();
        jdbc.sql("DELETE FROM app_user").update();
        String second = firstAdmin("").ensureAdmin().orElseThrow();
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aConfiguredPasswordThatIsTooShortStopsTheStartWithAReason() {
        assertThatThrownBy(() -> firstAdmin("admin").ensureAdmin())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ATLAS_ADMIN_PASSWORD")
                .hasMessageContaining("at least 12");
        assertThat(users.anyWithRole(Role.ADMIN)).isFalse();
    }

    @Test
    void aDisabledEditorCannotSignInAndAWrongPasswordDoesNotRevealTheAccount() {
        accounts.addEditor("olena", "correct horse battery");
        assertThat(signIn("olena", "correct horse battery").isAuthenticated()).isTrue();

        users.setEnabled("olena", false);

        assertThatThrownBy(() -> signIn("olena", "correct horse battery")).isInstanceOf(DisabledException.class);
        assertThatThrownBy(() -> signIn("olena", "wrong password here")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("nobody", "wrong password here")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void fiveWrongPasswordsBlockEvenTheRightOne() {
        accounts.addEditor("olena", "correct horse battery");
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> signIn("olena", "wrong password here"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn("olena", "wrong password here"))
                .isInstanceOf(SignInThrottledException.class)
                .hasMessageContaining("try again in 1 minute");
        assertThatThrownBy(() -> signIn("olena", "correct horse battery")).isInstanceOf(SignInThrottledException.class);
    }

    private static List<String> authorities(Authentication auth) {
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
    }

    @Test
    void rolesAreReadBackAsStored() {
        users.insert(
                "both",
                bcrypt.encode("long enough password"),
                Set.of(Role.ADMIN, Role.EDITOR),
                java.time.Instant.now());
        assertThat(users.findCredentials("BOTH").orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.ADMIN, Role.EDITOR);
    }
}
