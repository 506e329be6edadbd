package org.frontlineatlas.input;

/** Input refused before it is parsed; the message is one line meant for the person who sent it. */
public class UnreadableInputException extends IllegalArgumentException {

    public UnreadableInputException(String message) {
        super(message);
    }
}
