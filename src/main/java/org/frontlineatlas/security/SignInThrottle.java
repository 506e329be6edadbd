package org.frontlineatlas.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing. Failed sign-ins are counted per account and per remote address;
 * too many within the window block further attempts for a while, and each new block lasts twice
 * as long as the one before (up to a ceiling). Counters live in memory (a bounded Caffeine cache
 * that forgets a key after a quiet day), so a restart forgets them; that is acceptable for one
 * instance and keeps sign-in free of database writes.
 * <p>
 * Blocking per account lets someone lock a known username for a while; the blocks are short
 * enough that this is a nuisance rather than a lock-out, and it is what stops a distributed guesser.
 */
public class SignInThrottle {

    /** After {@code maxFailures} failures within {@code window}, block for {@code firstBlock}, doubling up to {@code maxBlock}. */
    public record Policy(int maxFailures, Duration window, Duration firstBlock, Duration maxBlock) {
        /** 5 wrong passwords in 15 minutes block the account for 1, then 2, 4 ... up to 60 minutes. */
        public static final Policy ACCOUNT = new Policy(5, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(60));
        /** An address may fail more often: several people can share one (an office, a classroom). */
        public static final Policy ADDRESS = new Policy(20, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(60));
    }

    private final Policy account;
    private final Policy address;
    private final Clock clock;
    private final Cache<String, Counter> counters = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(24))
            .build();

    public SignInThrottle(Policy account, Policy address, Clock clock) {
        this.account = account;
        this.address = address;
        this.clock = clock;
    }

    /** How long attempts for this account or from this address stay refused; empty when allowed now. */
    public Optional<Duration> blockedFor(String username, String remoteAddress) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : new String[] {accountKey(username), addressKey(remoteAddress)}) {
            Counter c = counters.getIfPresent(key);
            if (c != null) {
                Duration d = c.remaining(now);
                wait = d.compareTo(wait) > 0 ? d : wait;
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String username, String remoteAddress) {
        Instant now = clock.instant();
        counters.get(accountKey(username), k -> new Counter()).fail(now, account);
        counters.get(addressKey(remoteAddress), k -> new Counter()).fail(now, address);
    }

    /**
     * A correct password clears the account's count. The address keeps its count, so one valid
     * account cannot be used to reset the counter while guessing others from the same address.
     */
    public void succeeded(String username) {
        counters.invalidate(accountKey(username));
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String remoteAddress) {
        return "address:" + (remoteAddress == null ? "unknown" : remoteAddress);
    }

    private static final class Counter {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private int blocks;
        private Instant blockedUntil = Instant.MIN;

        synchronized Duration remaining(Instant now) {
            return now.isBefore(blockedUntil) ? Duration.between(now, blockedUntil) : Duration.ZERO;
        }

        synchronized void fail(Instant now, Policy policy) {
            if (now.isBefore(blockedUntil)) {
                return; // attempts during a block are refused unchecked; they do not lengthen it
            }
            Instant windowStart = now.minus(policy.window());
            while (!failures.isEmpty() && failures.peekFirst().isBefore(windowStart)) {
                failures.removeFirst();
            }
            failures.addLast(now);
            if (failures.size() >= policy.maxFailures()) {
                Duration block = policy.firstBlock().multipliedBy(1L << Math.min(blocks, 20));
                if (block.compareTo(policy.maxBlock()) > 0) {
                    block = policy.maxBlock();
                }
                blocks++;
                blockedUntil = now.plus(block);
                failures.clear();
            }
        }
    }
}
