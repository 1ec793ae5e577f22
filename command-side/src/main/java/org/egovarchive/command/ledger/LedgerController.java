package org.egovarchive.command.ledger;

import org.egovarchive.command.audit.Auditors;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.staff.CurrentActor;
import org.egovarchive.command.staff.StaffUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** The ledger's audit API (API.md, "Audit"; docs/ledger.md): checkpoints, proofs and the public key. */
@RestController
@RequestMapping("/api/audit/ledger")
public class LedgerController {

    private static final int MAX_CHECKPOINTS = 1000;

    private final LedgerProofs ledger;
    private final Checkpointer checkpointer;
    private final LedgerKey key;

    public LedgerController(LedgerProofs ledger, Checkpointer checkpointer, LedgerKey key) {
        this.ledger = ledger;
        this.checkpointer = checkpointer;
        this.key = key;
    }

    /** The tree as it stands, unsigned: what the next checkpoint will cover. */
    @GetMapping
    public LedgerProofs.Head head(@CurrentActor StaffUser user) {
        Auditors.require(user.actor());
        return ledger.head();
    }

    /** The latest checkpoint, or the one of a given tree size. */
    @GetMapping("/checkpoint")
    public Checkpoint checkpoint(@RequestParam(required = false) Long size, @CurrentActor StaffUser user) {
        Auditors.require(user.actor());
        return (size == null ? ledger.latestCheckpoint() : ledger.checkpoint(size)).orElseThrow(() -> ActRefused.notFound(
                "no-checkpoint", size == null ? "no checkpoint has been signed yet" : "no checkpoint of tree size " + size));
    }

    /** Signs a checkpoint of the tree as it stands now, unless the latest one already covers it. */
    @PostMapping("/checkpoint")
    public Checkpoint checkpointNow(@CurrentActor StaffUser user) {
        Auditors.require(user.actor());
        return checkpointer.now().orElseThrow(() -> ActRefused.conflict("empty-ledger", "the ledger holds no events yet"));
    }

    /** Checkpoints whose tree sizes lie in [from, to], smallest first. */
    @GetMapping("/checkpoints")
    public List<Checkpoint> checkpoints(@RequestParam(defaultValue = "1") long from,
                                        @RequestParam(defaultValue = "" + Long.MAX_VALUE) long to,
                                        @RequestParam(defaultValue = "100") int limit, @CurrentActor StaffUser user) {
        Auditors.require(user.actor());
        if (limit < 1 || limit > MAX_CHECKPOINTS) {
            throw ActRefused.unprocessable("bad-limit", "limit must lie between 1 and " + MAX_CHECKPOINTS,
                    Map.of("field", "limit"));
        }
        return ledger.checkpoints(from, to, limit);
    }

    /** An event's inclusion proof; {@code size} defaults to the latest checkpoint's tree size. */
    @GetMapping("/proof/inclusion")
    public LedgerProofs.Inclusion inclusion(@RequestParam String event, @RequestParam(required = false) Long size,
                                            @CurrentActor StaffUser user) {
        Auditors.require(user.actor());
        return ledger.inclusion(event, size != null ? size : latestSize());
    }

    /** The consistency proof between two tree sizes; {@code to} defaults to the latest checkpoint's. */
    @GetMapping("/proof/consistency")
    public LedgerProofs.Consistency consistency(@RequestParam long from, @RequestParam(required = false) Long to,
                                                @CurrentActor StaffUser user) {
        Auditors.require(user.actor());
        return ledger.consistency(from, to != null ? to : latestSize());
    }

    /** The public key checkpoints are signed with: the current one, or an earlier one by id. */
    @GetMapping("/key")
    public LedgerKey.Published key(@RequestParam(required = false) String keyId, @CurrentActor StaffUser user) {
        Auditors.require(user.actor());
        return keyId == null ? key.current()
                : key.find(keyId).orElseThrow(() -> ActRefused.notFound("no-key", "no ledger key " + keyId));
    }

    private long latestSize() {
        return ledger.latestCheckpoint().map(Checkpoint::treeSize).orElseThrow(() -> ActRefused.notFound(
                "no-checkpoint", "no checkpoint has been signed yet; name a tree size"));
    }
}
