package org.frontlineatlas.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts in the database (table sign_in_throttle), shared by every instance on it: with several
 * instances behind a load balancer, a guesser spread over them is counted once. Each update locks
 * the key's row (SELECT ... FOR UPDATE) so two instances counting the same key do not lose a failure.
 * Rows quiet for a day are deleted, at most once an hour per instance.
 */
public final class SharedThrottleCounters implements ThrottleCounters {

    private static final Duration FORGET_AFTER = Duration.ofHours(24);
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private volatile Instant lastCleanup = Instant.EPOCH;

    public SharedThrottleCounters(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public ThrottleState get(String key) {
        return read(key, "").orElse(ThrottleState.NONE);
    }

    @Override
    public void update(String key, UnaryOperator<ThrottleState> change) {
        try {
            tx.executeWithoutResult(status -> write(key, change));
        } catch (DuplicateKeyException raced) {
            tx.executeWithoutResult(status -> write(key, change)); // another instance inserted it first: now it exists
        }
        forgetQuietKeys();
    }

    @Override
    public void clear(String key) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE throttle_key = :key")
                .param("key", key)
                .update();
    }

    private void write(String key, UnaryOperator<ThrottleState> change) {
        Optional<ThrottleState> old = read(key, " FOR UPDATE");
        ThrottleState next = change.apply(old.orElse(ThrottleState.NONE));
        String sql = old.isPresent()
                ? "UPDATE sign_in_throttle SET failures = :failures, blocks = :blocks, blocked_until = :until,"
                        + " last_seen = :now WHERE throttle_key = :key"
                : "INSERT INTO sign_in_throttle (throttle_key, failures, blocks, blocked_until, last_seen)"
                        + " VALUES (:key, :failures, :blocks, :until, :now)";
        jdbc.sql(sql)
                .param("key", key)
                .param(
                        "failures",
                        next.failures().stream()
                                .map(t -> String.valueOf(t.toEpochMilli()))
                                .collect(Collectors.joining(",")))
                .param("blocks", next.blocks())
                .param("until", OffsetDateTime.ofInstant(next.blockedUntil(), ZoneOffset.UTC))
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }

    private Optional<ThrottleState> read(String key, String lock) {
        return jdbc.sql("SELECT failures, blocks, blocked_until FROM sign_in_throttle WHERE throttle_key = :key" + lock)
                .param("key", key)
                .query((rs, n) -> new ThrottleState(
                        failures(rs.getString(1)),
                        rs.getInt(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
    }

    private static List<Instant> failures(String text) {
        List<Instant> times = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            if (!part.isBlank()) {
                times.add(Instant.ofEpochMilli(Long.parseLong(part)));
            }
        }
        return times;
    }

    private void forgetQuietKeys() {
        Instant now = clock.instant();
        if (Duration.between(lastCleanup, now).toHours() >= 1) {
            lastCleanup = now;
            jdbc.sql("DELETE FROM sign_in_throttle WHERE last_seen < :before")
                    .param("before", OffsetDateTime.ofInstant(now.minus(FORGET_AFTER), ZoneOffset.UTC))
                    .update();
        }
    }
}
