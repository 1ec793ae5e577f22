package org.egovarchive.command.archive;

import org.egovarchive.command.document.ClassificationMarkings;
import org.egovarchive.command.document.SealVerifier;
import org.egovarchive.command.history.RecordRows;
import org.egovarchive.kernel.document.DocumentRecord;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Documents in a package: every content version as UTF-8 text with the canonical content a seal
 * signs; each seal checked against the content it names; each publication checked for classified
 * content; the required metadata of DA/T 70 (title, number, author, department, date, retention,
 * classification).
 */
@Component
class DocumentRecords implements RecordKind {

    private final SealVerifier seals;

    DocumentRecords(SealVerifier seals) {
        this.seals = seals;
    }

    @Override
    public String name() {
        return "document";
    }

    @Override
    public String aggregateType() {
        return "Document";
    }

    @Override
    public Map<String, byte[]> files(List<RecordRows.Row> rows) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (DocumentHistory.Version version : DocumentHistory.of(rows).versions) {
            String folder = "versions/" + version.contentVersion() + "/";
            files.put(folder + "title.txt", version.title().getBytes(StandardCharsets.UTF_8));
            files.put(folder + "body.txt", version.body().getBytes(StandardCharsets.UTF_8));
            files.put(folder + "sealed-content.json", version.sealed().canonicalBytes());
        }
        return files;
    }

    @Override
    public List<Check> authenticity(String record, List<RecordRows.Row> rows) {
        DocumentHistory history = DocumentHistory.of(rows);
        List<Check> checks = new ArrayList<>();
        for (DocumentHistory.Sealing sealing : history.sealings) {
            Optional<String> problem = sealProblem(history, sealing);
            checks.add(new Check(record, "seal at sequence " + sealing.sequence(), problem.isEmpty(),
                    problem.orElse("seal " + sealing.seal().sealId() + " by " + sealing.seal().keeper()
                            + " verifies over content version " + sealing.seal().contentVersion()
                            + "; seal and keeper were valid then")));
        }
        if (history.unreadable != null) {
            checks.add(new Check(record, "event at sequence " + history.unreadable.sequence(), false,
                    "the stored event cannot be read as a document's (" + history.unreadable.reason()
                            + "): nothing after it can be shown"));
        }
        return checks;
    }

    private Optional<String> sealProblem(DocumentHistory history, DocumentHistory.Sealing sealing) {
        long named = sealing.seal().contentVersion();
        DocumentHistory.Version version = history.version(named);
        if (version == null || named != sealing.currentVersion()) {
            return Optional.of("it names content version " + named + ", but the document was at " + sealing.currentVersion());
        }
        return seals.problem(sealing.seal(), version.sealed());
    }

    @Override
    public Check metadata(String record, List<RecordRows.Row> rows) {
        DocumentRecord document = DocumentHistory.of(rows).last;
        boolean known = document != null;
        Map<String, String> missing = new LinkedHashMap<>();
        requirePresent(missing, "title", known ? document.content().title() : null, "no title");
        requirePresent(missing, "number", known ? document.filing().number() : null, "no document number (文号) was recorded");
        requirePresent(missing, "author", known ? document.filing().author() : null, "no author");
        requirePresent(missing, "department", known ? document.department() : null, "no department");
        requirePresent(missing, "date", known ? String.valueOf(document.timings().draftedAt()) : null, "no date of drafting");
        requirePresent(missing, "retention", known && document.retentionYears() != null
                        ? document.retentionYears().toString() : null,
                "no retention period: the document has not been archived (DocumentArchived)");
        requirePresent(missing, "classification", known ? document.filing().classification().name() : null,
                "no classification");
        return new Check(record, "metadata", missing.isEmpty(), missing.isEmpty()
                ? "title, number, author, department, date, retention and classification are present"
                : "missing: " + String.join("; ", missing.values()));
    }

    private static void requirePresent(Map<String, String> missing, String element, String value, String note) {
        if (value == null || value.isBlank()) {
            missing.put(element, element + " (" + note + ")");
        }
    }

    @Override
    public List<Check> security(String record, List<RecordRows.Row> rows) {
        List<DocumentHistory.Publication> publications = DocumentHistory.of(rows).publications;
        if (publications.isEmpty()) {
            return List.of(new Check(record, "public-content", true, "never published"));
        }
        List<Check> checks = new ArrayList<>();
        for (DocumentHistory.Publication published : publications) {
            List<String> markings = ClassificationMarkings.scan(published.title(), published.body());
            boolean publicOnly = "PUBLIC".equals(published.classification()) && markings.isEmpty();
            checks.add(new Check(record, "public-content at sequence " + published.sequence(), publicOnly, publicOnly
                    ? "what went online was classified PUBLIC and carries no classification marking"
                    : "classified content went online: classification " + published.classification()
                    + (markings.isEmpty() ? "" : ", markings " + markings)));
        }
        return checks;
    }

    @Override
    public Set<String> sealsUsed(List<RecordRows.Row> rows) {
        Set<String> used = new LinkedHashSet<>();
        DocumentHistory.of(rows).sealings.forEach(s -> used.add(s.seal().sealId()));
        return used;
    }
}
