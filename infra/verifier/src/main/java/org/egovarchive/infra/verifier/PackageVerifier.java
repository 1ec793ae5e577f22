package org.egovarchive.infra.verifier;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies an export package (docs/ledger.md, "Export package") from its bytes alone: the manifest's
 * digests, the checkpoint's signature, each record's sequence, hash chain and inclusion proofs, seals,
 * content files, usability — and that its four-property report says what the verifier finds.
 */
public final class PackageVerifier {

    private PackageVerifier() {
    }

    /** What the verifier found; {@code intact} when nothing was damaged, forged or misreported. */
    public record Result(List<Finding> findings, List<String> reportDisagreements) {

        public boolean intact() {
            return reportDisagreements.isEmpty() && findings.stream().allMatch(f -> f.passed() || f.aboutTheRecord());
        }

        /** Whether every check passed, including those about the record's metadata and content. */
        public boolean allPropertiesSatisfied() {
            return intact() && findings.stream().allMatch(Finding::passed);
        }

        public List<String> failures() {
            List<String> failures = new ArrayList<>();
            findings.stream().filter(f -> !f.passed() && !f.aboutTheRecord())
                    .forEach(f -> failures.add(f.property() + " / " + f.record() + " / " + f.check() + ": " + f.detail()));
            reportDisagreements.forEach(d -> failures.add("report.json: " + d));
            return failures;
        }
    }

    /** @throws IOException when the file is not a readable zip, or is beyond {@link ZipLimits#DEFAULT} */
    public static Result verify(Path zip) throws IOException {
        return verify(zip, ZipLimits.DEFAULT);
    }

    static Result verify(Path zip, ZipLimits limits) throws IOException {
        PackageReader files = PackageReader.read(zip, limits);
        files.check();
        List<Finding> findings = new ArrayList<>(files.findings);
        JsonNode manifest = files.manifest;
        if (manifest == null) {
            return new Result(findings, List.of("not checked: the package has no readable manifest"));
        }
        Checkpoints.Checkpoint checkpoint;
        try {
            checkpoint = Checkpoints.checkpoint(Json.parse(files.files.get("ledger/checkpoint.json")));
            Checkpoints.Key key = Checkpoints.key(Json.parse(files.files.get("ledger/key.json")));
            String problem = Checkpoints.problem(checkpoint, key).orElse(null);
            findings.add(new Finding("package", "checkpoint-signature", problem == null, problem == null
                    ? "checkpoint of tree size " + checkpoint.treeSize() + " is signed by ledger key " + key.keyId()
                    : "ledger/checkpoint.json: " + problem));
        } catch (IOException | RuntimeException e) {
            findings.add(new Finding("package", "checkpoint-signature", false,
                    "ledger/checkpoint.json or ledger/key.json is missing or malformed"));
            return new Result(findings, List.of("not checked: no usable checkpoint"));
        }
        Map<String, List<StoredEvent>> records = new LinkedHashMap<>();
        for (JsonNode name : manifest.path("records")) {
            records.put(name.asText(), RecordChecks.check(name.asText(), files, checkpoint, findings));
        }
        Map<String, SealHistory> seals = new LinkedHashMap<>();
        records.forEach((name, events) -> {
            if (name.startsWith("seal/")) {
                SealHistory seal = SealHistory.of(events);
                seals.put(name.substring("seal/".length()), seal);
                SealChecks.check(name, seal, files, findings);
            }
        });
        records.forEach((name, events) -> {
            if (name.startsWith("document/")) {
                DocumentChecks.check(name, events, files, seals, findings);
            } else if (name.startsWith("message/")) {
                MessageChecks.check(name, events, findings);
            }
        });
        return new Result(findings, ReportComparison.disagreements(files.files.get("report.json"), findings));
    }
}
