package org.frontlineatlas.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Counts in memory: a bounded Caffeine cache that forgets a key after a quiet day, so a restart
 * forgets them. Right for one instance (the embedded H2 set-up) and keeps sign-in free of writes.
 */
final class MemoryThrottleCounters implements ThrottleCounters {

    private final Cache<String, ThrottleState> counts = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(24))
            .build();

    @Override
    public ThrottleState get(String key) {
        ThrottleState state = counts.getIfPresent(key);
        return state == null ? ThrottleState.NONE : state;
    }

    @Override
    public void update(String key, UnaryOperator<ThrottleState> change) {
        counts.asMap().compute(key, (k, old) -> change.apply(old == null ? ThrottleState.NONE : old));
    }

    @Override
    public void clear(String key) {
        counts.invalidate(key);
    }
}
