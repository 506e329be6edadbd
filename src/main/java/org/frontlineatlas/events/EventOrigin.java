package org.frontlineatlas.events;

/** Whether the machine found an event in an article or an editor pinned it by hand. */
public enum EventOrigin {
    EXTRACTED,
    PINNED
}
