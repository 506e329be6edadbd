package org.frontlineatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.frontlineatlas.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Failed sign-ins counted in the database, as several app instances on one PostgreSQL count them. */
@Tag("database")
class SharedSignInThrottleStorageTest {

    private final HikariDataSource ds = TestDatabase.open("throttle");
    private final SignInThrottleTest.MovableClock clock = new SignInThrottleTest.MovableClock();

    /** One app instance's throttle: its own objects, the shared database. */
    private SignInThrottle instance() {
        return new SignInThrottle(
                SignInThrottle.Policy.ACCOUNT,
                SignInThrottle.Policy.ADDRESS,
                clock,
                new SharedThrottleCounters(JdbcClient.create(ds), new DataSourceTransactionManager(ds), clock));
    }

    @AfterEach
    void close() {
        ds.close();
    }

    @Test
    void aGuesserSpreadOverTwoInstancesIsCountedOnce() {
        SignInThrottle first = instance();
        SignInThrottle second = instance();
        first.failed("editor", "10.0.0.1");
        second.failed("editor", "10.0.0.2");
        first.failed("editor", "10.0.0.3");
        second.failed("editor", "10.0.0.4");
        assertThat(first.blockedFor("editor", "10.0.0.9")).isEmpty();

        second.failed("Editor ", "10.0.0.5"); // the fifth, on either instance, under any spelling

        assertThat(first.blockedFor("editor", "10.0.0.9")).contains(Duration.ofMinutes(1));
        assertThat(second.blockedFor("EDITOR", "10.0.0.9")).contains(Duration.ofMinutes(1));
        assertThat(first.blockedFor("someone-else", "10.0.0.9")).isEmpty();
    }

    @Test
    void blocksDoubleAndEndAndASuccessfulSignInClearsTheAccount() {
        SignInThrottle first = instance();
        SignInThrottle second = instance();
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? first : second).failed("editor", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(second.blockedFor("editor", "10.0.0.1")).isEmpty();
        for (int i = 0; i < 5; i++) {
            second.failed("editor", "10.0.0.1");
        }
        assertThat(first.blockedFor("editor", "10.0.0.2")).contains(Duration.ofMinutes(2));

        clock.advance(Duration.ofMinutes(2));
        first.succeeded("editor");
        for (int i = 0; i < 4; i++) {
            second.failed("editor", "10.0.0.3");
        }
        assertThat(first.blockedFor("editor", "10.0.0.3"))
                .as("the count started again at zero")
                .isEmpty();
    }

    @Test
    void failuresCountedAtTheSameMomentOnDifferentInstancesAreNotLost() throws Exception {
        List<SignInThrottle> instances = List.of(instance(), instance(), instance(), instance());
        ExecutorService pool = Executors.newFixedThreadPool(instances.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (SignInThrottle t : instances) {
                done.add(pool.submit(() -> {
                    go.await();
                    t.failed("editor", "10.0.0.1");
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(instances.get(0).blockedFor("editor", "10.0.0.1"))
                .as("four failures: not yet")
                .isEmpty();

        instances.get(1).failed("editor", "10.0.0.1");

        assertThat(instances.get(2).blockedFor("editor", "10.0.0.1"))
                .as("the fifth blocks")
                .isPresent();
    }

    @Test
    void aHugeUsernameTypedAtSignInIsCountedWithoutBreakingTheTable() {
        SignInThrottle throttle = instance();
        String huge = "x".repeat(100_000);
        for (int i = 0; i < 5; i++) {
            throttle.failed(huge + i, "10.0.0.1");
        }
        assertThat(throttle.blockedFor(huge, "10.0.0.2")).isPresent();
        assertThat(throttle.blockedFor("editor", "10.0.0.2")).isEmpty();
    }
}
