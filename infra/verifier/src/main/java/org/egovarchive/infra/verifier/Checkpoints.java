package org.egovarchive.infra.verifier;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Checkpoints and the ledger's public key as the API and the packages carry them (docs/ledger.md). */
public final class Checkpoints {

    public static final String FORMAT = "egov-archive ledger checkpoint v1";

    private Checkpoints() {
    }

    /** A signed tree head. */
    public record Checkpoint(String origin, long treeSize, byte[] rootHash, String time, String keyId, String algorithm,
                             byte[] signature) {

        public byte[] signedBytes() {
            return (FORMAT + "\n" + origin + "\n" + treeSize + "\n" + Hex.encode(rootHash) + "\n" + time + "\n" + keyId
                    + "\n").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A ledger public key. */
    public record Key(String keyId, String algorithm, byte[] publicKey, String signerId) {
    }

    public static Checkpoint checkpoint(JsonNode json) {
        return new Checkpoint(Json.text(json, "origin"), Json.number(json, "treeSize"), Hex.decode(Json.text(json, "rootHash")),
                Json.text(json, "time"), Json.text(json, "keyId"), Json.text(json, "algorithm"),
                Hex.decode(Json.text(json, "signature")));
    }

    public static Key key(JsonNode json) {
        JsonNode signerId = json.get("signerId");
        return new Key(Json.text(json, "keyId"), Json.text(json, "algorithm"), Hex.decode(Json.text(json, "publicKey")),
                signerId == null || signerId.isNull() ? Signatures.DEFAULT_SM2_SIGNER_ID : signerId.asText());
    }

    /** The key id a public key must have: the first 8 bytes of SHA-256 over its DER, in hex. */
    public static String keyIdOf(byte[] publicKeyDer) {
        return Hex.encode(Arrays.copyOf(Digests.sha256(publicKeyDer), 8));
    }

    /** Empty when the checkpoint is signed by this key; otherwise why not. */
    public static Optional<String> problem(Checkpoint checkpoint, Key key) {
        if (!keyIdOf(key.publicKey()).equals(key.keyId())) {
            return Optional.of("the public key's id is " + keyIdOf(key.publicKey()) + ", not the " + key.keyId() + " it claims");
        }
        if (!checkpoint.keyId().equals(key.keyId())) {
            return Optional.of("the checkpoint names key " + checkpoint.keyId() + ", but the key given is " + key.keyId());
        }
        if (!"SM2".equals(checkpoint.algorithm()) || !"SM2".equals(key.algorithm())) {
            return Optional.of("only SM2 checkpoints are defined, not " + checkpoint.algorithm());
        }
        if (checkpoint.origin().contains("\n") || checkpoint.time().contains("\n")) {
            return Optional.of("a line break inside a checkpoint field");
        }
        byte[] message = Digests.sm3(checkpoint.signedBytes());
        if (!Signatures.sm2(key.publicKey(), key.signerId(), message, checkpoint.signature())) {
            return Optional.of("the signature does not verify with key " + key.keyId()
                    + " (signed by another key, or a field was changed)");
        }
        return Optional.empty();
    }
}
