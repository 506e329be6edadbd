package org.frontlineatlas.events;

/**
 * Someone else changed (or deleted) the event since this editor loaded it. Nothing was written; the
 * editor reloads and decides again. The message is meant to be shown as it is.
 */
public class EditConflictException extends RuntimeException {

    private final long eventId;

    public EditConflictException(long eventId, String message) {
        super(message);
        this.eventId = eventId;
    }

    public long eventId() {
        return eventId;
    }
}
