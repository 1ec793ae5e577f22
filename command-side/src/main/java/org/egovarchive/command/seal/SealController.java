package org.egovarchive.command.seal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.egovarchive.command.staff.CurrentActor;
import org.egovarchive.command.staff.StaffUser;
import org.egovarchive.kernel.seal.SealAlgorithm;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The seals API (API.md, "Seals"): admins manage seals; anyone may read the public keys. */
@RestController
@RequestMapping("/api/seals")
public class SealController {

    private final SealService seals;

    public SealController(SealService seals) {
        this.seals = seals;
    }

    /** Generates the key pair in the key store, then records the seal with its public key. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<SealService.Registered> register(@Valid @RequestBody Registration request,
                                                           @CurrentActor StaffUser user) {
        SealService.Registered registered = seals.register(request.name(), request.department(), request.algorithm(),
                user.actor());
        return ResponseEntity.created(URI.create("/api/seals/" + registered.id())).body(registered);
    }

    @PostMapping(path = "/{id}/keepers", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> authorize(@PathVariable String id, @Valid @RequestBody Keeper request,
                                         @CurrentActor StaffUser user) {
        seals.authorize(id, request.username(), user.actor());
        return Map.of("id", id, "keeper", request.username());
    }

    @DeleteMapping("/{id}/keepers/{username}")
    public Map<String, Object> revokeKeeper(@PathVariable String id, @PathVariable String username,
                                            @CurrentActor StaffUser user) {
        seals.revokeKeeper(id, username, user.actor());
        return Map.of("id", id, "revokedKeeper", username);
    }

    @PostMapping(path = "/{id}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> revoke(@PathVariable String id, @Valid @RequestBody Revocation request,
                                      @CurrentActor StaffUser user) {
        seals.revoke(id, request.reason(), user.actor());
        return Map.of("id", id, "revoked", true);
    }

    /** Public: every seal with its public key, so anyone can verify what it signed. */
    @GetMapping
    public List<Listed> list() {
        return seals.all().stream().map(s -> new Listed(s.sealId(), s.name(), s.department(), s.algorithm(),
                s.publicKey(), s.registeredAt(), s.revokedAt())).toList();
    }

    record Registration(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String department,
                        @NotNull SealAlgorithm algorithm) {
    }

    record Keeper(@NotBlank @Size(max = 100) String username) {
    }

    record Revocation(@NotBlank @Size(max = 2000) String reason) {
    }

    record Listed(String id, String name, String department, String algorithm, String publicKey, Instant registeredAt,
                  Instant revokedAt) {
    }
}
