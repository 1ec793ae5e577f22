package org.egovarchive.infra.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import org.egovarchive.kernel.canonical.CanonicalJson;
import org.egovarchive.kernel.seal.SealAlgorithm;
import org.egovarchive.kernel.seal.SealedContent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;

import static org.assertj.core.api.Assertions.assertThat;

/** The verifier's re-implementations agree with the application's own code, which it must not call at run time. */
class CrossCheckTest {

    @Test
    void canonicalJsonIsByteForByteTheKernels() throws Exception {
        String[] samples = {"{\"b\":1,\"a\":[true,null,\"x\"],\"€\":\"\\u0001\\n\\\"\"}",
                "{\"title\":\"关于电子政务的通知\",\"😀\":{\"z\":-9007199254740991,\"a\":0}}",
                "[\"\\u001f\\t\\b\\f\\r\\\\/\",{\"\":\"\"}]"};
        for (String sample : samples) {
            JsonNode tree = Json.MAPPER.readTree(sample);
            assertThat(new String(Canonical.bytes(tree), StandardCharsets.UTF_8))
                    .isEqualTo(new String(CanonicalJson.bytes(tree), StandardCharsets.UTF_8));
        }
    }

    @Test
    void sealsSignedByTheKernelVerifyHere() {
        byte[] content = new SealedContent("d-1", "标题", "正文", "info-center", "NEWS", "PUBLIC", 1).canonicalBytes();
        for (SealAlgorithm algorithm : SealAlgorithm.values()) {
            KeyPair keys = algorithm.generateKeyPair();
            byte[] digest = algorithm.digest(content);
            byte[] signature = algorithm.sign(keys.getPrivate(), digest);
            byte[] publicKey = keys.getPublic().getEncoded();
            boolean verifies = algorithm == SealAlgorithm.SM2
                    ? Signatures.sm2(publicKey, Signatures.DEFAULT_SM2_SIGNER_ID, digest, signature)
                    : Signatures.ed25519(publicKey, digest, signature);
            assertThat(verifies).as(algorithm.name()).isTrue();
            assertThat(algorithm == SealAlgorithm.SM2 ? Digests.sm3(content) : Digests.sha256(content)).isEqualTo(digest);
        }
    }
}
