package org.frontlineatlas.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One account's or address's recent failed sign-ins and its current block; values, no mutation. */
record ThrottleState(List<Instant> failures, int blocks, Instant blockedUntil) {

    static final ThrottleState NONE = new ThrottleState(List.of(), 0, Instant.EPOCH);

    ThrottleState {
        failures = List.copyOf(failures);
    }

    Duration remaining(Instant now) {
        return now.isBefore(blockedUntil) ? Duration.between(now, blockedUntil) : Duration.ZERO;
    }

    /** This state after a failure at {@code now}: past {@code policy}'s limit, blocked for twice as long as last time. */
    ThrottleState fail(Instant now, SignInThrottle.Policy policy) {
        if (now.isBefore(blockedUntil)) {
            return this; // attempts during a block are refused unchecked; they do not lengthen it
        }
        Instant windowStart = now.minus(policy.window());
        List<Instant> recent = new ArrayList<>();
        for (Instant t : failures) {
            if (!t.isBefore(windowStart)) {
                recent.add(t);
            }
        }
        recent.add(now);
        if (recent.size() < policy.maxFailures()) {
            return new ThrottleState(recent, blocks, blockedUntil);
        }
        Duration block = policy.firstBlock().multipliedBy(1L << Math.min(blocks, 20));
        if (block.compareTo(policy.maxBlock()) > 0) {
            block = policy.maxBlock();
        }
        return new ThrottleState(List.of(), blocks + 1, now.plus(block));
    }
}
