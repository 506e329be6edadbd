package org.frontlineatlas.events;

/** The trimming and length rules of an event's text fields. */
final class EventText {

    private EventText() {}

    static String required(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
        return trimmed;
    }

    /** Blank is none; too long is cut (a source's name is a label, not a statement). */
    static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() > max ? trimmed.substring(0, max) : trimmed;
    }
}
