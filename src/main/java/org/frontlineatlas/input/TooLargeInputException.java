package org.frontlineatlas.input;

/** Input over {@link Utf8Text#MAX_BYTES}: the HTTP API answers it with 413, not 400. */
public class TooLargeInputException extends UnreadableInputException {

    public TooLargeInputException(String message) {
        super(message);
    }
}
