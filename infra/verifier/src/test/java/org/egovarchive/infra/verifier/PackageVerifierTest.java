package org.egovarchive.infra.verifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A real package verifies; every forgery of it fails, naming the check and the place. */
class PackageVerifierTest {

    @TempDir
    Path dir;

    @Test
    void theRealPackageIsIntactAndItsReportTrue() throws Exception {
        PackageVerifier.Result result = PackageVerifier.verify(Fixtures.copy("document.zip", dir));

        assertThat(result.failures()).isEmpty();
        assertThat(result.intact()).isTrue();
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.check()).isEqualTo("seal at sequence 3");
            assertThat(f.passed()).isTrue();
        });
        // the demo document has no number and is not archived: a true finding, not a forgery
        assertThat(result.allPropertiesSatisfied()).isFalse();
    }

    @Test
    void aFlippedByteInAFileFailsTheManifestNamingTheFile() throws Exception {
        Path forged = Fixtures.forge(dir, "versions/1/body.txt", PackageVerifierTest::flipFirstByte, false);

        PackageVerifier.Result result = PackageVerifier.verify(forged);

        assertThat(result.intact()).isFalse();
        assertThat(result.failures().get(0)).contains("manifest").contains("versions/1/body.txt: SHA-256 differs");
    }

    @Test
    void aFlippedByteWithARepairedManifestStillFailsAgainstTheEvents() throws Exception {
        Path forged = Fixtures.forge(dir, "versions/1/title.txt", PackageVerifierTest::flipFirstByte, true);

        PackageVerifier.Result result = PackageVerifier.verify(forged);

        assertThat(String.join("\n", result.failures())).contains("content-versions")
                .contains("versions/1/title.txt differs from the content in the events");
    }

    @Test
    void aManifestDigestMismatchIsNamed() throws Exception {
        Path forged = Fixtures.forge(dir, "manifest.json", bytes -> new String(bytes, StandardCharsets.UTF_8)
                .replaceFirst("(\"sm3\" : \")[0-9a-f]", "$1x").getBytes(StandardCharsets.UTF_8), false);

        PackageVerifier.Result result = PackageVerifier.verify(forged);

        assertThat(result.failures().get(0)).contains("manifest").contains("events.jsonl: SM3 differs");
    }

    @Test
    void swappedEventsFailTheSequenceAndTheChainAtTheFirstSwappedLine() throws Exception {
        Path forged = Fixtures.forge(dir, "document/", PackageVerifierTest::swapFirstTwoLines, true);

        PackageVerifier.Result result = PackageVerifier.verify(forged);

        String failures = String.join("\n", result.failures());
        assertThat(failures).contains("sequence: records/document/").contains("events.jsonl line 1 holds sequence 1");
        assertThat(failures).contains("hash-chain: records/document/").contains("line 1 (sequence 1): prevHash does not match");
    }

    @Test
    void aChangedPayloadFailsTheChainAtThatEvent() throws Exception {
        Path forged = Fixtures.forge(dir, "document/", bytes -> path(bytes).contains("\"documentId\"")
                ? new String(bytes, StandardCharsets.UTF_8).replaceFirst("\"body\":\"正文\"", "\"body\":\"正文。\"")
                .getBytes(StandardCharsets.UTF_8) : bytes, true);

        PackageVerifier.Result result = PackageVerifier.verify(forged);

        assertThat(String.join("\n", result.failures())).contains("hash-chain")
                .contains("events.jsonl line 1 (sequence 0): the event does not match its stored hash");
    }

    @Test
    void aReportThatClaimsWhatIsNotTrueIsCaught() throws Exception {
        Path forged = Fixtures.forge(dir, "report.json", bytes -> new String(bytes, StandardCharsets.UTF_8)
                .replace("\"passed\" : false", "\"passed\" : true").replace("\"satisfied\" : false", "\"satisfied\" : true")
                .getBytes(StandardCharsets.UTF_8), true);

        PackageVerifier.Result result = PackageVerifier.verify(forged);

        assertThat(result.intact()).isFalse();
        assertThat(String.join("\n", result.failures())).contains("report.json: integrity is reported satisfied")
                .contains("/ metadata is reported passed, the verifier finds it failed");
    }

    @Test
    void aBrokenZipIsRefusedAsAWhole() throws Exception {
        Path broken = Files.write(dir.resolve("broken.zip"), "not a zip".getBytes(StandardCharsets.UTF_8));

        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

        assertThat(Main.run(new String[]{"verify-package", broken.toString()}, out, out)).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("FAIL").contains("not a readable zip file");
    }

    private static byte[] flipFirstByte(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[0] ^= 0x01;
        return copy;
    }

    private static byte[] swapFirstTwoLines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.contains("\"eventId\"")) {
            return bytes;
        }
        String[] lines = text.split("\n");
        String first = lines[0];
        lines[0] = lines[1];
        lines[1] = first;
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String path(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
