package org.egovarchive.query.web;

/** A request parameter out of bounds (a search's, a period's, a filter's); answered with a 400 problem naming it. */
public class BadParameterException extends RuntimeException {

    private final String field;

    public BadParameterException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
