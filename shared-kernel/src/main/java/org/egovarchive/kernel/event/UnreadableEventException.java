package org.egovarchive.kernel.event;

/** Bytes on the topic that are not an event this reader understands; the message says why. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
