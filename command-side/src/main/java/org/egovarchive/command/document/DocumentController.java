package org.egovarchive.command.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.egovarchive.command.dispatch.Commands;
import org.egovarchive.command.staff.CurrentActor;
import org.egovarchive.command.staff.StaffUser;
import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.document.DocumentState;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

/** The staff API for documents (API.md, "Documents"). */
@RestController
@RequestMapping("/api/documents")
public class DocumentController {

    private final Commands commands;
    private final Clock clock;
    private final String publicBaseUrl;

    public DocumentController(Commands commands, Clock clock, @Value("${egov.public-base-url}") String publicBaseUrl) {
        this.commands = commands;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Versioned> draft(@Valid @RequestBody DraftRequest request, @CurrentActor StaffUser user) {
        String id = UUID.randomUUID().toString();
        commands.send(new DraftDocument(id, request.channel(), request.docType(), request.classification(),
                request.title(), request.body(), user.actor()), user.actor());
        return ResponseEntity.created(URI.create("/api/documents/" + id)).body(new Versioned(id, 0));
    }

    @PostMapping("/{id}/publish")
    public Published publish(@PathVariable String id, @CurrentActor StaffUser user) {
        long version = commands.send(new PublishDocument(id, clock.instant(), user.actor()), user.actor());
        return new Published(id, version, DocumentState.PUBLISHED, publicBaseUrl + "/documents/" + id);
    }

    /** Body of {@code POST /api/documents}. */
    public record DraftRequest(
            @NotBlank @Size(max = 300) String title,
            @NotBlank String body,
            @NotBlank @Size(max = 100) String channel,
            @NotNull DocType docType,
            @NotNull Classification classification) {
    }

    public record Versioned(String id, long version) {
    }

    public record Published(String id, long version, DocumentState state, String url) {
    }
}
