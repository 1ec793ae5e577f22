package org.egovarchive.infra.verifier;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A document's own checks, from its packaged events: each content version's files, each seal against
 * the canonical content it names and the seal's packaged record, each publication for classified
 * content, and the required metadata.
 */
final class DocumentChecks {

    private record Version(long number, String title, String body, byte[] sealedContent) {
    }

    private final String record;
    private final String folder;
    private final PackageReader files;
    private final Map<String, SealHistory> seals;
    private final List<Finding> findings;
    private final Map<Long, Version> versions = new LinkedHashMap<>();
    private final List<Finding> security = new ArrayList<>();
    private String documentId;
    private String department;
    private String docType;
    private String classification;
    private String number;
    private String author;
    private String draftedAt;
    private String retention;
    private Version current;

    private DocumentChecks(String record, PackageReader files, Map<String, SealHistory> seals, List<Finding> findings) {
        this.record = record;
        this.folder = "records/" + record + "/";
        this.files = files;
        this.seals = seals;
        this.findings = findings;
    }

    static void check(String record, List<StoredEvent> events, PackageReader files, Map<String, SealHistory> seals,
                      List<Finding> findings) {
        DocumentChecks document = new DocumentChecks(record, files, seals, findings);
        events.stream().filter(StoredEvent::readable).forEach(document::apply);
        document.finish();
    }

    private void apply(StoredEvent event) {
        switch (event.type()) {
            case "DocumentDrafted" -> {
                documentId = event.field("documentId");
                department = event.field("department");
                docType = event.field("docType");
                classification = event.field("classification");
                number = event.field("number");
                author = event.field("author");
                draftedAt = event.timestamp();
                version(1, event.field("title"), event.field("body"));
            }
            case "DocumentEdited" -> version(event.payload().path("contentVersion").asLong(), event.field("title"),
                    event.field("body"));
            case "DocumentSealed" -> sealed(event);
            case "DocumentPublished" -> published(event);
            case "DocumentArchived" -> retention = event.field("retentionYears");
            default -> {
                // other acts change neither content nor required metadata
            }
        }
    }

    private void version(long contentVersion, String title, String body) {
        ObjectNode content = JsonNodeFactory.instance.objectNode().put("format", "egov-sealed-content-v1")
                .put("documentId", documentId).put("title", title).put("body", body).put("department", department)
                .put("docType", docType).put("classification", classification).put("contentVersion", contentVersion);
        current = new Version(contentVersion, title, body, Canonical.bytes(content));
        versions.put(contentVersion, current);
    }

    private void sealed(StoredEvent event) {
        Optional<String> problem = sealProblem(event);
        findings.add(new Finding(record, "seal at sequence " + event.sequence(), problem.isEmpty(), problem
                .map(p -> folder + "events.jsonl (sequence " + event.sequence() + "): " + p)
                .orElse("seal " + event.field("sealId") + " by " + event.field("keeper") + " verifies")));
    }

    private Optional<String> sealProblem(StoredEvent event) {
        long named = event.payload().path("contentVersion").asLong();
        if (current == null || named != current.number()) {
            return Optional.of("the seal names content version " + named + ", not the current one");
        }
        SealHistory seal = seals.get(event.field("sealId"));
        if (seal == null || seal.publicKey == null) {
            return Optional.of("seal " + event.field("sealId") + " is not in the package");
        }
        String algorithm = event.field("algorithm");
        if (!seal.algorithm.equals(algorithm)) {
            return Optional.of("the seal is an " + seal.algorithm + " seal, the event says " + algorithm);
        }
        byte[] digest = "SM2".equals(algorithm) ? Digests.sm3(current.sealedContent()) : Digests.sha256(current.sealedContent());
        if (!Arrays.equals(digest, Hex.decode(event.field("contentDigest")))) {
            return Optional.of("the digest of content version " + named + " differs from the sealed digest");
        }
        byte[] key = Hex.decode(seal.publicKey);
        byte[] signature = Hex.decode(event.field("signature"));
        boolean verifies = "SM2".equals(algorithm) ? Signatures.sm2(key, Signatures.DEFAULT_SM2_SIGNER_ID, digest, signature)
                : Signatures.ed25519(key, digest, signature);
        if (!verifies) {
            return Optional.of("the signature does not verify with the seal's public key");
        }
        Instant at = Instant.parse(event.timestamp());
        if (!seal.validAt(at)) {
            return Optional.of("seal " + seal.sealId + " was not valid at " + at);
        }
        if (!seal.keeperAt(event.field("keeper"), at)) {
            return Optional.of(event.field("keeper") + " did not keep seal " + seal.sealId + " at " + at);
        }
        return Optional.empty();
    }

    private void published(StoredEvent event) {
        List<String> markings = current == null ? List.of() : Markings.scan(current.title(), current.body());
        boolean publicOnly = "PUBLIC".equals(classification) && markings.isEmpty();
        security.add(new Finding(record, "public-content at sequence " + event.sequence(), publicOnly, publicOnly
                ? "what went online was PUBLIC and unmarked"
                : "classified content went online at sequence " + event.sequence() + ": " + classification + " " + markings));
    }

    private void finish() {
        findings.add(contentVersions());
        List<String> missing = new ArrayList<>();
        String title = current == null ? null : current.title();
        for (String[] element : new String[][]{{"title", title}, {"number", number}, {"author", author},
                {"department", department}, {"date", draftedAt}, {"retention", retention}, {"classification", classification}}) {
            if (element[1] == null || element[1].isBlank()) {
                missing.add(element[0]);
            }
        }
        findings.add(new Finding(record, "metadata", missing.isEmpty(), missing.isEmpty() ? "all required metadata present"
                : "missing: " + String.join(", ", missing)));
        findings.addAll(security.isEmpty() ? List.of(new Finding(record, "public-content", true, "never published")) : security);
    }

    private Finding contentVersions() {
        List<String> problems = new ArrayList<>();
        for (Version version : versions.values()) {
            String dir = folder + "versions/" + version.number() + "/";
            same(problems, dir + "title.txt", version.title().getBytes(StandardCharsets.UTF_8));
            same(problems, dir + "body.txt", version.body().getBytes(StandardCharsets.UTF_8));
            same(problems, dir + "sealed-content.json", version.sealedContent());
        }
        files.files.keySet().stream().filter(p -> p.startsWith(folder + "versions/"))
                .filter(p -> versions.keySet().stream().noneMatch(v -> p.startsWith(folder + "versions/" + v + "/")))
                .forEach(p -> problems.add(p + " is a version the events do not have"));
        return new Finding(record, "content-versions", problems.isEmpty(), problems.isEmpty()
                ? versions.size() + " content versions match the events" : String.join("; ", problems));
    }

    private void same(List<String> problems, String path, byte[] expected) {
        byte[] actual = files.files.get(path);
        if (actual == null) {
            problems.add(path + " is missing");
        } else if (!Arrays.equals(actual, expected)) {
            problems.add(path + " differs from the content in the events");
        }
    }
}
