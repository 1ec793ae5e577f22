package org.egovarchive.command.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.io.IOException;

/** The request body passed the configured limit while it was being read. */
public class RequestTooLargeException extends IOException {

    private final long limit;

    public RequestTooLargeException(long limit) {
        super("request body exceeds " + limit + " bytes");
        this.limit = limit;
    }

    public ProblemDetail problem() {
        return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Request too large",
                "the request body exceeds the limit of " + limit + " bytes");
    }
}
