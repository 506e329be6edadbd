package org.frontlineatlas.events;

/** Readers see only PUBLISHED events; PROPOSED ones wait for an editor. */
public enum EventStatus {
    PROPOSED,
    PUBLISHED,
    REJECTED
}
