package org.frontlineatlas.security;

import java.util.function.UnaryOperator;

/** Where {@link SignInThrottle} keeps its counts: in this instance's memory, or shared in the database. */
interface ThrottleCounters {

    ThrottleState get(String key);

    /** Replaces the key's state with {@code change} applied to it, atomically (across instances when shared). */
    void update(String key, UnaryOperator<ThrottleState> change);

    void clear(String key);
}
