package org.egovarchive.command.seal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.egovarchive.command.dispatch.Commands;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.seal.SealCommands.AuthorizeKeeper;
import org.egovarchive.command.seal.SealCommands.RegisterSeal;
import org.egovarchive.command.seal.SealCommands.RevokeKeeper;
import org.egovarchive.command.seal.SealCommands.RevokeSeal;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.command.staff.CurrentActor;
import org.egovarchive.command.staff.Departments;
import org.egovarchive.command.staff.StaffDirectory;
import org.egovarchive.command.staff.StaffUser;
import org.egovarchive.kernel.seal.SealAlgorithm;
import org.egovarchive.kernel.staff.StaffRole;
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
import java.util.UUID;

/** The seals API (API.md, "Seals"): admins manage seals; anyone may read the public keys. */
@RestController
@RequestMapping("/api/seals")
public class SealController {

    private final Commands commands;
    private final SealKeyStore keys;
    private final SealRegistry registry;
    private final StaffDirectory staff;
    private final Departments departments;

    public SealController(Commands commands, SealKeyStore keys, SealRegistry registry, StaffDirectory staff,
                          Departments departments) {
        this.commands = commands;
        this.keys = keys;
        this.registry = registry;
        this.staff = staff;
        this.departments = departments;
    }

    /** Generates the key pair in the key store, then records the seal with its public key. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Registered> register(@Valid @RequestBody Registration request, @CurrentActor StaffUser user) {
        requireAdmin(user.actor());
        if (!departments.exists(request.department())) {
            throw ActRefused.unprocessable("unknown-department", "there is no department " + request.department(),
                    Map.of("field", "department"));
        }
        String id = UUID.randomUUID().toString();
        String publicKey = keys.generate(id, request.algorithm());
        try {
            commands.send(new RegisterSeal(id, request.name(), request.department(), request.algorithm().name(),
                    publicKey, user.actor()), user.actor());
        } catch (RuntimeException e) {
            keys.delete(id);
            throw e;
        }
        return ResponseEntity.created(URI.create("/api/seals/" + id))
                .body(new Registered(id, request.algorithm().name(), publicKey));
    }

    @PostMapping(path = "/{id}/keepers", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> authorize(@PathVariable String id, @Valid @RequestBody Keeper request,
                                         @CurrentActor StaffUser user) {
        requireAdmin(user.actor());
        SealState seal = registry.find(id).orElseThrow(() -> ActRefused.notFound("not-found", "no seal " + id));
        Actor keeper = staff.account(request.username()).orElseThrow(() -> ActRefused.unprocessable("unknown-user",
                "there is no account " + request.username(), Map.of("field", "username")));
        if (!keeper.is(StaffRole.SEAL_KEEPER) || !keeper.department().equals(seal.department())) {
            throw ActRefused.unprocessable("not-a-keeper", request.username() + " is not a seal keeper of "
                    + seal.department(), Map.of("field", "username"));
        }
        commands.send(new AuthorizeKeeper(id, request.username(), user.actor()), user.actor());
        return Map.of("id", id, "keeper", request.username());
    }

    @DeleteMapping("/{id}/keepers/{username}")
    public Map<String, Object> revokeKeeper(@PathVariable String id, @PathVariable String username,
                                            @CurrentActor StaffUser user) {
        requireAdmin(user.actor());
        commands.send(new RevokeKeeper(id, username, user.actor()), user.actor());
        return Map.of("id", id, "revokedKeeper", username);
    }

    @PostMapping(path = "/{id}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> revoke(@PathVariable String id, @Valid @RequestBody Revocation request,
                                      @CurrentActor StaffUser user) {
        requireAdmin(user.actor());
        commands.send(new RevokeSeal(id, request.reason(), user.actor()), user.actor());
        return Map.of("id", id, "revoked", true);
    }

    /** Public: every seal with its public key, so anyone can verify what it signed. */
    @GetMapping
    public List<Listed> list() {
        return registry.all().stream().map(s -> new Listed(s.sealId(), s.name(), s.department(), s.algorithm(),
                s.publicKey(), s.registeredAt(), s.revokedAt())).toList();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.is(StaffRole.ADMIN)) {
            throw ActRefused.forbidden("role", "managing seals needs the role ADMIN; " + actor.username() + " is " + actor.role());
        }
    }

    record Registration(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String department,
                        @NotNull SealAlgorithm algorithm) {
    }

    record Keeper(@NotBlank @Size(max = 100) String username) {
    }

    record Revocation(@NotBlank @Size(max = 2000) String reason) {
    }

    record Registered(String id, String algorithm, String publicKey) {
    }

    record Listed(String id, String name, String department, String algorithm, String publicKey, Instant registeredAt,
                  Instant revokedAt) {
    }
}
