package org.egovarchive.query.search;

/** A search parameter out of bounds; names the parameter. */
public class InvalidSearchException extends RuntimeException {

    private final String field;

    public InvalidSearchException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
