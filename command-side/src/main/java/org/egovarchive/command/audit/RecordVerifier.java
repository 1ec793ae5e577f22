package org.egovarchive.command.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.egovarchive.command.chain.HashChainVerifier;
import org.egovarchive.command.document.DocumentSnapshot;
import org.egovarchive.command.document.SealApplied;
import org.egovarchive.command.document.SealVerifier;
import org.egovarchive.kernel.document.DocumentDrafted;
import org.egovarchive.kernel.document.DocumentSealed;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Verifies one record: its hash chain, and for a document every {@code DocumentSealed} — that the
 * signature verifies over the content of the version it sealed with the registered public key, and
 * that the seal and the keeper were valid at that moment.
 */
@Component
public class RecordVerifier {

    private final HashChainVerifier chain;
    private final EventStore events;
    private final SealVerifier seals;

    public RecordVerifier(HashChainVerifier chain, EventStore events, SealVerifier seals) {
        this.chain = chain;
        this.events = events;
        this.seals = seals;
    }

    /** One named check and its outcome. */
    public record Check(String name, boolean valid, String detail) {
    }

    /** All checks; {@code valid} only if every one holds. */
    public record Verification(String id, boolean valid, List<Check> checks) {
    }

    public Verification verify(String id) {
        List<Check> checks = new ArrayList<>();
        HashChainVerifier.Report report = chain.verify(id);
        checks.add(new Check("hash-chain", report.valid(), report.valid()
                ? report.eventsChecked() + " events chained, head " + report.head()
                + (report.legacyEvents() > 0 ? "; " + report.legacyEvents() + " recorded before the chain existed" : "")
                : "breaks at sequence " + report.breakAt() + ": " + report.reason()));
        if (report.valid()) {
            checks.addAll(sealChecks(id));
        }
        return new Verification(id, checks.stream().allMatch(Check::valid), checks);
    }

    private List<Check> sealChecks(String id) {
        List<Check> checks = new ArrayList<>();
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(id);
        DocumentSnapshot document = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getPayload() instanceof DocumentDrafted drafted && document == null) {
                document = DocumentSnapshot.drafted(drafted, event.getSequenceNumber(), event.getTimestamp());
                continue;
            }
            if (document == null) {
                return checks;
            }
            if (event.getPayload() instanceof DocumentSealed sealed) {
                SealApplied applied = new SealApplied(sealed.sealId(), sealed.keeper(), sealed.algorithm(),
                        sealed.contentVersion(), sealed.contentDigest(), sealed.signature(), event.getTimestamp());
                Optional<String> problem = sealed.contentVersion() == document.contentVersion()
                        ? seals.problem(applied, document.sealedContent())
                        : Optional.of("it names content version " + sealed.contentVersion() + " but the document was at "
                        + document.contentVersion());
                checks.add(new Check("seal at sequence " + event.getSequenceNumber() + " (content version "
                        + sealed.contentVersion() + ", seal " + sealed.sealId() + ", keeper " + sealed.keeper() + ")",
                        problem.isEmpty(), problem.orElse("signature verifies; seal and keeper were valid then")));
            }
            document = document.apply(event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
        }
        return checks;
    }
}
