package org.frontlineatlas.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing. Failed sign-ins are counted per account and per remote address;
 * too many within the window block further attempts for a while, and each new block lasts twice
 * as long as the one before (up to a ceiling). The counts live in this instance's memory (one
 * instance, the H2 default: a restart forgets them, and sign-in writes nothing), or in the database
 * when several instances share PostgreSQL ({@link SharedThrottleCounters}), so a guesser spread
 * over the instances is counted once.
 * <p>
 * Blocking per account lets someone lock a known username for a while; the blocks are short
 * enough that this is a nuisance rather than a lock-out, and it is what stops a distributed guesser.
 */
public class SignInThrottle {

    /** After {@code maxFailures} failures within {@code window}, block for {@code firstBlock}, doubling up to {@code maxBlock}. */
    public record Policy(int maxFailures, Duration window, Duration firstBlock, Duration maxBlock) {
        /** 5 wrong passwords in 15 minutes block the account for 1, then 2, 4 ... up to 60 minutes. */
        public static final Policy ACCOUNT =
                new Policy(5, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(60));
        /** An address may fail more often: several people can share one (an office, a classroom). */
        public static final Policy ADDRESS =
                new Policy(20, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(60));
    }

    /** Usernames are at most 64 characters; a longer name typed at sign-in is counted under one key. */
    private static final int MAX_NAME = 64;

    private final Policy account;
    private final Policy address;
    private final Clock clock;
    private final ThrottleCounters counters;

    /** Counting in this instance's memory. */
    public SignInThrottle(Policy account, Policy address, Clock clock) {
        this(account, address, clock, new MemoryThrottleCounters());
    }

    public SignInThrottle(Policy account, Policy address, Clock clock, SharedThrottleCounters shared) {
        this(account, address, clock, (ThrottleCounters) shared);
    }

    private SignInThrottle(Policy account, Policy address, Clock clock, ThrottleCounters counters) {
        this.account = account;
        this.address = address;
        this.clock = clock;
        this.counters = counters;
    }

    /** How long attempts for this account or from this address stay refused; empty when allowed now. */
    public Optional<Duration> blockedFor(String username, String remoteAddress) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : new String[] {accountKey(username), addressKey(remoteAddress)}) {
            Duration d = counters.get(key).remaining(now);
            wait = d.compareTo(wait) > 0 ? d : wait;
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String username, String remoteAddress) {
        Instant now = clock.instant();
        counters.update(accountKey(username), state -> state.fail(now, account));
        counters.update(addressKey(remoteAddress), state -> state.fail(now, address));
    }

    /**
     * A correct password clears the account's count. The address keeps its count, so one valid
     * account cannot be used to reset the counter while guessing others from the same address.
     */
    public void succeeded(String username) {
        counters.clear(accountKey(username));
    }

    private static String accountKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "account:" + (name.length() > MAX_NAME ? "(longer than " + MAX_NAME + ")" : name);
    }

    private static String addressKey(String remoteAddress) {
        String a = remoteAddress == null ? "unknown" : remoteAddress;
        return "address:" + (a.length() > 100 ? a.substring(0, 100) : a);
    }
}
