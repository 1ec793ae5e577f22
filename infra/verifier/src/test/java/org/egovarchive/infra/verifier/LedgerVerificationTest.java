package org.egovarchive.infra.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** verify-ledger over real API answers, and over forgeries of them. */
class LedgerVerificationTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void realCheckpointsAndProofsVerify() throws Exception {
        int exit = verifyLedger("--key", Fixtures.copy("key.json", dir).toString(),
                "--checkpoint", Fixtures.copy("checkpoint.json", dir).toString(),
                "--inclusion", Fixtures.copy("inclusion.json", dir).toString(),
                "--event", eventFile().toString(),
                "--consistency", Fixtures.copy("consistency.json", dir).toString(),
                "--old-checkpoint", Fixtures.copy("checkpoint-old.json", dir).toString());

        assertThat(output()).contains("ok   checkpoint signature").contains("ok   inclusion of event")
                .contains("ok   consistency from tree size").endsWith("VERIFIED\n");
        assertThat(exit).isZero();
    }

    @Test
    void aWrongSiblingHashFailsTheInclusionProof() throws Exception {
        ObjectNode proof = (ObjectNode) Fixtures.json("inclusion.json");
        ArrayNode path = (ArrayNode) proof.get("path");
        path.set(1, path.get(1).asText().replaceFirst("^.", path.get(1).asText().startsWith("0") ? "1" : "0"));

        int exit = verifyInclusion(proof);

        assertThat(output()).contains("FAIL inclusion of event").contains("(a wrong leaf or sibling hash)");
        assertThat(exit).isEqualTo(1);
    }

    @Test
    void aTruncatedPathFailsTheInclusionProof() throws Exception {
        ObjectNode proof = (ObjectNode) Fixtures.json("inclusion.json");
        ((ArrayNode) proof.get("path")).remove(proof.get("path").size() - 1);

        assertThat(verifyInclusion(proof)).isEqualTo(1);
        assertThat(output()).contains("FAIL inclusion of event").contains("the path is too short");
    }

    @Test
    void aProofForAnotherEventFailsAgainstTheEvent() throws Exception {
        ObjectNode proof = (ObjectNode) Fixtures.json("inclusion.json");
        proof.put("leafHash", "00".repeat(32));

        assertThat(verifyInclusion(proof)).isEqualTo(1);
        assertThat(output()).contains("the event's leaf hash is");
    }

    @Test
    void aCheckpointSignedByAnotherKeyFails() throws Exception {
        ObjectNode checkpoint = (ObjectNode) Fixtures.json("checkpoint.json");
        checkpoint.put("signature", Hex.encode(signWithAnotherKey(Checkpoints.checkpoint(checkpoint).signedBytes())));

        int exit = verifyLedger("--key", Fixtures.copy("key.json", dir).toString(),
                "--checkpoint", Fixtures.write(dir, "forged.json", checkpoint).toString());

        assertThat(output()).contains("FAIL checkpoint signature").contains("does not verify with key");
        assertThat(exit).isEqualTo(1);
    }

    @Test
    void aCheckpointNamingAnotherKeyFailsAgainstTheLedgersKey() throws Exception {
        ObjectNode checkpoint = (ObjectNode) Fixtures.json("checkpoint.json");
        checkpoint.put("keyId", "0123456789abcdef");

        assertThat(Checkpoints.problem(Checkpoints.checkpoint(checkpoint), Checkpoints.key(Fixtures.json("key.json"))))
                .hasValueSatisfying(p -> assertThat(p).contains("names key 0123456789abcdef"));
    }

    @Test
    void aChangedTreeSizeOrRootFailsTheSignature() {
        ObjectNode checkpoint = (ObjectNode) Fixtures.json("checkpoint.json");
        checkpoint.put("treeSize", checkpoint.get("treeSize").asLong() + 1);

        assertThat(Checkpoints.problem(Checkpoints.checkpoint(checkpoint), Checkpoints.key(Fixtures.json("key.json"))))
                .hasValueSatisfying(p -> assertThat(p).contains("does not verify"));
    }

    @Test
    void anOldCheckpointWhoseHistoryWasRewrittenIsNotConsistent() throws Exception {
        JsonNode old = Fixtures.json("checkpoint-old.json");
        JsonNode proof = Fixtures.json("consistency.json");
        byte[] forgedRoot = Hex.decode(old.get("rootHash").asText());
        forgedRoot[31] ^= 1;

        assertThat(Merkle.consistencyProblem(old.get("treeSize").asLong(), proof.get("to").asLong(), forgedRoot,
                Hex.decode(Fixtures.json("checkpoint.json").get("rootHash").asText()), Json.hashes(proof, "path")))
                .hasValueSatisfying(p -> assertThat(p).contains("not a prefix"));
    }

    private int verifyInclusion(JsonNode proof) throws Exception {
        return verifyLedger("--key", Fixtures.copy("key.json", dir).toString(),
                "--checkpoint", Fixtures.copy("checkpoint.json", dir).toString(),
                "--inclusion", Fixtures.write(dir, "proof.json", proof).toString(),
                "--event", eventFile().toString());
    }

    /** The event the inclusion proof is for: a line of the package's events.jsonl. */
    private Path eventFile() throws Exception {
        String eventId = Fixtures.json("inclusion.json").get("eventId").asText();
        for (var file : Fixtures.unzip(Fixtures.bytes("document.zip")).entrySet()) {
            for (String line : new String(file.getValue(), StandardCharsets.UTF_8).split("\n")) {
                if (file.getKey().endsWith("events.jsonl") && line.contains(eventId)) {
                    return Fixtures.write(dir, "event.json", Json.MAPPER.readTree(line));
                }
            }
        }
        throw new IllegalStateException("the fixture package lacks event " + eventId);
    }

    private int verifyLedger(String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "verify-ledger";
        System.arraycopy(options, 0, args, 1, options.length);
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        return Main.run(args, out, out);
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private static byte[] signWithAnotherKey(byte[] checkpointBytes) throws Exception {
        X9ECParameters curve = GMNamedCurves.getByName("sm2p256v1");
        ECDomainParameters domain = new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(domain, new SecureRandom()));
        AsymmetricCipherKeyPair keys = generator.generateKeyPair();
        SM2Signer signer = new SM2Signer();
        signer.init(true, new ParametersWithID(new ParametersWithRandom(keys.getPrivate(), new SecureRandom()),
                Signatures.DEFAULT_SM2_SIGNER_ID.getBytes(StandardCharsets.UTF_8)));
        byte[] message = Digests.sm3(checkpointBytes);
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }
}
