package org.frontlineatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2024-03-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle =
            new SignInThrottle(SignInThrottle.Policy.ACCOUNT, SignInThrottle.Policy.ADDRESS, clock);

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    @Test
    void fourFailuresStillAllowAnotherTryTheFifthBlocksForAMinute() {
        fail("alice", "10.0.0.1", 4);
        assertThat(throttle.blockedFor("alice", "10.0.0.1")).isEmpty();

        fail("alice", "10.0.0.1", 1);
        assertThat(throttle.blockedFor("alice", "10.0.0.1")).contains(Duration.ofMinutes(1));
        assertThat(throttle.blockedFor("ALICE ", "10.9.9.9"))
                .as("the account, whatever the address or case")
                .isPresent();
        assertThat(throttle.blockedFor("bob", "10.0.0.1"))
                .as("others from that address")
                .isEmpty();

        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.blockedFor("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void eachNewBlockLastsTwiceAsLong() {
        fail("alice", "10.0.0.1", 5);
        clock.advance(Duration.ofMinutes(1));
        fail("alice", "10.0.0.1", 5);
        assertThat(throttle.blockedFor("alice", "10.0.0.1")).contains(Duration.ofMinutes(2));
        clock.advance(Duration.ofMinutes(2));
        fail("alice", "10.0.0.1", 5);
        assertThat(throttle.blockedFor("alice", "10.0.0.1")).contains(Duration.ofMinutes(4));
    }

    @Test
    void failuresSpreadBeyondTheWindowAreForgotten() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("alice", "10.0.0.1");
            clock.advance(Duration.ofMinutes(4)); // at most 4 of them fall within any 15 minutes
        }
        assertThat(throttle.blockedFor("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void attemptsDuringABlockDoNotLengthenIt() {
        fail("alice", "10.0.0.1", 5);
        fail("alice", "10.0.0.1", 10);
        assertThat(throttle.blockedFor("alice", "10.0.0.1")).contains(Duration.ofMinutes(1));
    }

    @Test
    void oneAddressGuessingManyAccountsIsBlockedToo() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "203.0.113.7");
        }
        assertThat(throttle.blockedFor("someone-else", "203.0.113.7")).isPresent();
        assertThat(throttle.blockedFor("someone-else", "198.51.100.1")).isEmpty();
    }

    @Test
    void aCorrectPasswordClearsTheAccountsCountButNotTheAddresss() {
        fail("alice", "10.0.0.1", 4);
        throttle.succeeded("alice");
        fail("alice", "10.0.0.1", 4);
        assertThat(throttle.blockedFor("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void theWaitIsShownInWholeMinutesRoundedUp() {
        assertThat(SignInThrottledException.minutesText(Duration.ofSeconds(20))).isEqualTo("1 minute");
        assertThat(SignInThrottledException.minutesText(Duration.ofSeconds(61))).isEqualTo("2 minutes");
        assertThat(SignInThrottledException.minutesText(Duration.ofMinutes(4))).isEqualTo("4 minutes");
    }
}
