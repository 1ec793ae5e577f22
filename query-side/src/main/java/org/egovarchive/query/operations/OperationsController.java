package org.egovarchive.query.operations;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/projections}, {@code POST /api/admin/rebuild} (202, or 409 while one runs) and
 * {@code GET /api/admin/rebuild} (progress). Admins only.
 */
@RestController
public class OperationsController {

    private final ProjectionStatus status;
    private final Rebuilds rebuilds;

    public OperationsController(ProjectionStatus status, Rebuilds rebuilds) {
        this.status = status;
        this.rebuilds = rebuilds;
    }

    @GetMapping("/api/projections")
    public ProjectionStatus.Status projections() {
        return status.status();
    }

    @PostMapping("/api/admin/rebuild")
    public ResponseEntity<RebuildState> rebuild() {
        if (rebuilds.state().map(RebuildState::running).orElse(false)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "a rebuild is running");
        }
        return ResponseEntity.accepted().body(rebuilds.start("requested"));
    }

    @GetMapping("/api/admin/rebuild")
    public RebuildState progress() {
        return rebuilds.state().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no rebuild has run"));
    }
}
