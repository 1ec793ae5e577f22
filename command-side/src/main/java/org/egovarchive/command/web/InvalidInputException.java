package org.egovarchive.command.web;

import java.util.List;

/** Input that failed a check Bean Validation cannot express; answered as a 400 naming the fields. */
public class InvalidInputException extends RuntimeException {

    private final List<Problems.FieldError> errors;

    public InvalidInputException(List<Problems.FieldError> errors) {
        super("invalid field(s): " + String.join(", ", errors.stream().map(Problems.FieldError::field).toList()));
        this.errors = List.copyOf(errors);
    }

    public List<Problems.FieldError> errors() {
        return errors;
    }
}
