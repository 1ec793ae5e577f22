package org.egovarchive.command.audit;

import org.egovarchive.command.chain.HashChainVerifier;
import org.egovarchive.command.document.DocumentReader;
import org.egovarchive.command.document.SealVerifier;
import org.egovarchive.command.history.RecordHistory;
import org.egovarchive.kernel.document.DocumentEvent;
import org.egovarchive.kernel.document.DocumentRecord;
import org.egovarchive.kernel.document.DocumentSealed;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
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
    private final DocumentReader documents;
    private final SealVerifier seals;

    public RecordVerifier(HashChainVerifier chain, DocumentReader documents, SealVerifier seals) {
        this.chain = chain;
        this.documents = documents;
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
        for (RecordHistory.Step<DocumentRecord, DocumentEvent> step : documents.steps(id, Instant.MAX)) {
            if (step.event() instanceof DocumentSealed sealed) {
                DocumentRecord before = step.before();
                Optional<String> problem = sealed.contentVersion() == before.content().contentVersion()
                        ? seals.problem(step.after().seal(), before.sealedContent())
                        : Optional.of("it names content version " + sealed.contentVersion() + " but the document was at "
                        + before.content().contentVersion());
                checks.add(new Check("seal at sequence " + step.sequence() + " (content version "
                        + sealed.contentVersion() + ", seal " + sealed.sealId() + ", keeper " + sealed.keeper() + ")",
                        problem.isEmpty(), problem.orElse("signature verifies; seal and keeper were valid then")));
            }
        }
        return checks;
    }
}
