package org.egovarchive.infra.verifier;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * {@code verify-ledger}: checks a checkpoint's signature, an inclusion proof and a consistency proof,
 * from saved API answers or fetched from a running command side. Each line says which check, on which
 * input, and why it failed.
 */
final class LedgerCommand {

    private final Options options;
    private final PrintStream out;
    private boolean failed;

    LedgerCommand(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    int run() throws IOException {
        Source source = options.get("url").isPresent() ? new Api(options) : new SavedAnswers(options);
        JsonNode checkpointJson = source.checkpoint();
        Checkpoints.Checkpoint checkpoint = Checkpoints.checkpoint(checkpointJson);
        JsonNode keyJson = source.key(checkpoint.keyId());
        Checkpoints.Key key = Checkpoints.key(keyJson);
        report("checkpoint signature (tree size " + checkpoint.treeSize() + ", key " + checkpoint.keyId() + ")",
                Checkpoints.problem(checkpoint, key));
        Optional<JsonNode> inclusion = source.inclusion(checkpoint.treeSize());
        if (inclusion.isPresent()) {
            inclusion(inclusion.get(), checkpoint);
        }
        Optional<JsonNode> old = options.get(source instanceof Api ? "since" : "old-checkpoint").map(LedgerCommand::readJson);
        if (old.isPresent()) {
            Checkpoints.Checkpoint older = Checkpoints.checkpoint(old.get());
            Checkpoints.Key olderKey = older.keyId().equals(key.keyId()) ? key : Checkpoints.key(source.key(older.keyId()));
            report("older checkpoint signature (tree size " + older.treeSize() + ")", Checkpoints.problem(older, olderKey));
            JsonNode proof = source.consistency(older.treeSize(), checkpoint.treeSize());
            report("consistency from tree size " + older.treeSize() + " to " + checkpoint.treeSize(),
                    consistencyProblem(proof, older, checkpoint));
        }
        options.get("save").ifPresent(dir -> save(Path.of(dir), checkpointJson, keyJson));
        out.println(failed ? "VERIFICATION FAILED" : "VERIFIED");
        return failed ? 1 : 0;
    }

    private void inclusion(JsonNode proof, Checkpoints.Checkpoint checkpoint) {
        String what = "inclusion of event " + proof.path("eventId").asText() + " (leaf " + proof.path("leafIndex").asText() + ")";
        try {
            if (Json.number(proof, "treeSize") != checkpoint.treeSize()) {
                report(what, Optional.of("the proof is for tree size " + Json.number(proof, "treeSize")
                        + ", the checkpoint's is " + checkpoint.treeSize()));
                return;
            }
            byte[] leaf = Hex.decode(Json.text(proof, "leafHash"));
            Optional<String> eventFile = options.get("event").filter(e -> e.endsWith(".json"));
            if (eventFile.isPresent()) {
                StoredEvent event = StoredEvent.of(readJson(eventFile.get()));
                byte[] own = event.leafHash(event.storedHash());
                if (!Arrays.equals(own, leaf)) {
                    report(what, Optional.of(eventFile.get() + ": the event's leaf hash is " + Hex.encode(own)
                            + ", the proof's " + Hex.encode(leaf)));
                    return;
                }
            }
            report(what, Merkle.inclusionProblem(Json.number(proof, "leafIndex"), checkpoint.treeSize(), leaf,
                    Json.hashes(proof, "path"), checkpoint.rootHash()));
        } catch (IllegalArgumentException e) {
            report(what, Optional.of("the proof is malformed: " + e.getMessage()));
        }
    }

    private static Optional<String> consistencyProblem(JsonNode proof, Checkpoints.Checkpoint older,
                                                       Checkpoints.Checkpoint newer) {
        try {
            if (Json.number(proof, "from") != older.treeSize() || Json.number(proof, "to") != newer.treeSize()) {
                return Optional.of("the proof is from " + Json.number(proof, "from") + " to " + Json.number(proof, "to")
                        + ", not from " + older.treeSize() + " to " + newer.treeSize());
            }
            return Merkle.consistencyProblem(older.treeSize(), newer.treeSize(), older.rootHash(), newer.rootHash(),
                    Json.hashes(proof, "path"));
        } catch (IllegalArgumentException e) {
            return Optional.of("the proof is malformed: " + e.getMessage());
        }
    }

    private void report(String check, Optional<String> problem) {
        failed |= problem.isPresent();
        out.println((problem.isPresent() ? "FAIL " : "ok   ") + check + problem.map(p -> ": " + p).orElse(""));
    }

    private void save(Path dir, JsonNode checkpoint, JsonNode key) {
        try {
            Files.createDirectories(dir);
            long size = checkpoint.path("treeSize").asLong();
            Files.write(dir.resolve("checkpoint-" + size + ".json"), Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(checkpoint));
            Files.write(dir.resolve("key-" + key.path("keyId").asText() + ".json"), Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(key));
            out.println("saved  checkpoint-" + size + ".json and the key to " + dir);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot save to " + dir + ": " + e.getMessage(), e);
        }
    }

    static JsonNode readJson(String file) {
        try {
            return Json.parse(Files.readAllBytes(Path.of(file)));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a readable JSON file (" + e.getMessage() + ")", e);
        }
    }

    /** Where checkpoints, keys and proofs come from. */
    private interface Source {
        JsonNode checkpoint() throws IOException;

        JsonNode key(String keyId) throws IOException;

        Optional<JsonNode> inclusion(long treeSize) throws IOException;

        JsonNode consistency(long from, long to) throws IOException;
    }

    /** Saved API answers. */
    private record SavedAnswers(Options options) implements Source {
        public JsonNode checkpoint() {
            return readJson(options.require("checkpoint"));
        }

        public JsonNode key(String keyId) {
            JsonNode key = readJson(options.require("key"));
            return key.path("keyId").asText().equals(keyId) || options.get("old-key").isEmpty() ? key
                    : readJson(options.require("old-key"));
        }

        public Optional<JsonNode> inclusion(long treeSize) {
            return options.get("inclusion").map(LedgerCommand::readJson);
        }

        public JsonNode consistency(long from, long to) {
            return readJson(options.require("consistency"));
        }
    }

    /** A running command side's audit API, with HTTP Basic credentials. */
    private static final class Api implements Source {
        private final HttpClient http = HttpClient.newHttpClient();
        private final Options options;
        private final String base;
        private final String authorization;

        Api(Options options) {
            this.options = options;
            this.base = options.require("url").replaceAll("/+$", "") + "/api/audit/ledger";
            String password = options.get("password-file").map(Api::firstLine)
                    .or(() -> Optional.ofNullable(System.getenv("EGOV_PASSWORD")))
                    .orElseThrow(() -> new Options.UsageException("set EGOV_PASSWORD (or --password-file) to the password of "
                            + options.require("user")));
            this.authorization = "Basic " + Base64.getEncoder().encodeToString((options.require("user") + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
        }

        /** Not on the command line, where every user of the machine could read it. */
        private static String firstLine(String file) {
            try {
                return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).get(0);
            } catch (IOException | IndexOutOfBoundsException e) {
                throw new Options.UsageException("cannot read a password from " + file);
            }
        }

        public JsonNode checkpoint() throws IOException {
            return get("/checkpoint");
        }

        public JsonNode key(String keyId) throws IOException {
            return get("/key?keyId=" + URLEncoder.encode(keyId, StandardCharsets.UTF_8));
        }

        public Optional<JsonNode> inclusion(long treeSize) throws IOException {
            Optional<String> event = options.get("event");
            return event.isEmpty() ? Optional.empty() : Optional.of(get("/proof/inclusion?event="
                    + URLEncoder.encode(event.get(), StandardCharsets.UTF_8) + "&size=" + treeSize));
        }

        public JsonNode consistency(long from, long to) throws IOException {
            return get("/proof/consistency?from=" + from + "&to=" + to);
        }

        private JsonNode get(String path) throws IOException {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                    .header("Accept", "application/json").GET().build();
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IOException("GET " + base + path + " answered " + response.statusCode() + ": "
                            + new String(response.body(), StandardCharsets.UTF_8));
                }
                return Json.parse(response.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }
}
