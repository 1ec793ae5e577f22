package org.egovarchive.command.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Builds the problem details of API.md: type, title, status, detail, and field errors where known. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:egov:problem:" + slug));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail invalid(String detail, List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail);
        problem.setProperty("errors", errors.stream().map(FieldError::asMap).toList());
        return problem;
    }

    /** One rejected field: its JSON name and what is wrong with it. */
    public record FieldError(String field, String message) {
        public Map<String, String> asMap() {
            return Map.of("field", field, "message", message);
        }
    }
}
