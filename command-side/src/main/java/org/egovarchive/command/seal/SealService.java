package org.egovarchive.command.seal;

import org.egovarchive.command.dispatch.Commands;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.seal.SealCommands.AuthorizeKeeper;
import org.egovarchive.command.seal.SealCommands.RegisterSeal;
import org.egovarchive.command.seal.SealCommands.RevokeKeeper;
import org.egovarchive.command.seal.SealCommands.RevokeSeal;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.command.staff.Departments;
import org.egovarchive.command.staff.StaffDirectory;
import org.egovarchive.kernel.seal.SealAlgorithm;
import org.egovarchive.kernel.seal.SealRecord;
import org.egovarchive.kernel.staff.StaffRole;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The seals application service, between the web layer and the aggregate: only admins manage seals
 * (checked before anything else), a seal's department must exist, a keeper must be a seal keeper of
 * that department, and a seal's key pair lives exactly as long as its registration.
 */
@Service
public class SealService {

    private final Commands commands;
    private final SealKeyStore keys;
    private final SealRegistry registry;
    private final StaffDirectory staff;
    private final Departments departments;

    public SealService(Commands commands, SealKeyStore keys, SealRegistry registry, StaffDirectory staff,
                       Departments departments) {
        this.commands = commands;
        this.keys = keys;
        this.registry = registry;
        this.staff = staff;
        this.departments = departments;
    }

    /** A new seal and its public key. */
    public record Registered(String id, String algorithm, String publicKey) {
    }

    /** Generates the key pair in the key store, then records the seal with its public key. */
    public Registered register(String name, String department, SealAlgorithm algorithm, Actor actor) {
        requireAdmin(actor);
        if (!departments.exists(department)) {
            throw ActRefused.unprocessable("unknown-department", "there is no department " + department,
                    Map.of("field", "department"));
        }
        String id = UUID.randomUUID().toString();
        String publicKey = keys.generate(id, algorithm);
        try {
            commands.send(new RegisterSeal(id, name, department, algorithm.name(), publicKey, actor));
        } catch (RuntimeException e) {
            keys.delete(id);
            throw e;
        }
        return new Registered(id, algorithm.name(), publicKey);
    }

    public void authorize(String id, String username, Actor actor) {
        requireAdmin(actor);
        SealRecord seal = registry.find(id).orElseThrow(() -> ActRefused.notFound("not-found", "no seal " + id));
        Actor keeper = staff.account(username).orElseThrow(() -> ActRefused.unprocessable("unknown-user",
                "there is no account " + username, Map.of("field", "username")));
        if (!keeper.is(StaffRole.SEAL_KEEPER) || !keeper.department().equals(seal.department())) {
            throw ActRefused.unprocessable("not-a-keeper", username + " is not a seal keeper of " + seal.department(),
                    Map.of("field", "username"));
        }
        commands.send(new AuthorizeKeeper(id, username, actor));
    }

    public void revokeKeeper(String id, String username, Actor actor) {
        requireAdmin(actor);
        commands.send(new RevokeKeeper(id, username, actor));
    }

    public void revoke(String id, String reason, Actor actor) {
        requireAdmin(actor);
        commands.send(new RevokeSeal(id, reason, actor));
    }

    /** Every seal: public, so anyone can verify what it signed. */
    public List<SealRecord> all() {
        return registry.all();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.is(StaffRole.ADMIN)) {
            throw ActRefused.forbidden("role", "managing seals needs the role ADMIN; " + actor.username() + " is " + actor.role());
        }
    }
}
