package org.frontlineatlas.ingest.web;

/**
 * A page or feed that could not be fetched or was refused (address, size, time, type): one line
 * for the editor, shown and answered like any other article that cannot be ingested (400).
 */
public class FetchException extends IllegalArgumentException {

    public FetchException(String message) {
        super(message);
    }
}
