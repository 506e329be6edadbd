package org.frontlineatlas.events;

import java.util.Locale;

/** What a change recorded in event_audit did; stored as its lower-case word in the action column. */
public enum AuditAction {
    CREATE,
    UPDATE,
    PUBLISH,
    REJECT,
    PROPOSE,
    DELETE,
    RESTORE;

    /** The word stored in event_audit.action and shown (translated) in an event's history. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AuditAction of(String code) {
        for (AuditAction a : values()) {
            if (a.code().equals(code)) {
                return a;
            }
        }
        throw new IllegalStateException("unknown audit action in event_audit: " + code);
    }

    /** The action that moves an event to this status. */
    public static AuditAction forStatus(EventStatus status) {
        return switch (status) {
            case PUBLISHED -> PUBLISH;
            case REJECTED -> REJECT;
            case PROPOSED -> PROPOSE;
        };
    }
}
