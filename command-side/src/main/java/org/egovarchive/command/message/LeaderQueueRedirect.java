package org.egovarchive.command.message;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * API.md lists {@code GET /api/leader/queue} among the command side's paths, but the queue is a read model
 * (the {@code letters} index, oldest receipt first) served by the query side. Clients that still call the
 * command side get a permanent redirect to it, query string kept; they must resend their credentials there
 * (curl: {@code --location-trusted}).
 */
@RestController
class LeaderQueueRedirect {

    private final String queryBaseUrl;

    LeaderQueueRedirect(@Value("${egov.public-base-url}") String queryBaseUrl) {
        this.queryBaseUrl = queryBaseUrl.endsWith("/") ? queryBaseUrl.substring(0, queryBaseUrl.length() - 1) : queryBaseUrl;
    }

    @GetMapping("/api/leader/queue")
    ResponseEntity<Void> queue(HttpServletRequest request) {
        String query = request.getQueryString();
        return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT)
                .header(HttpHeaders.LOCATION, queryBaseUrl + "/api/leader/queue" + (query == null ? "" : "?" + query))
                .build();
    }
}
