package org.egovarchive.kernel.seal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The canonical bytes are a contract with every verifier, past and future: they are pinned here. */
class SealedContentTest {

    private static final SealedContent NOTICE = new SealedContent("doc-2026-0042", "关于印发《电子政务管理办法》的通知",
            "各区县人民政府：\n\t现将《办法》印发给你们，请遵照执行。\"附件\"见后。", "info-center", "NOTICE", "PUBLIC", 3);

    @Test
    void canonicalBytesArePinned() {
        assertThat(new String(NOTICE.canonicalBytes(), StandardCharsets.UTF_8)).isEqualTo("{"
                + "\"body\":\"各区县人民政府：\\n\\t现将《办法》印发给你们，请遵照执行。\\\"附件\\\"见后。\","
                + "\"classification\":\"PUBLIC\","
                + "\"contentVersion\":3,"
                + "\"department\":\"info-center\","
                + "\"docType\":\"NOTICE\","
                + "\"documentId\":\"doc-2026-0042\","
                + "\"format\":\"egov-sealed-content-v1\","
                + "\"title\":\"关于印发《电子政务管理办法》的通知\"}");
    }

    @Test
    void digestsArePinned() {
        // computed independently (Python hashlib over the string above)
        assertThat(Hex.encode(SealAlgorithm.SM2.digest(NOTICE.canonicalBytes())))
                .isEqualTo("c52f8eb7b5a056311b339e247a426c6fda720e7bda37e94283081334d9276984");
        assertThat(Hex.encode(SealAlgorithm.ED25519.digest(NOTICE.canonicalBytes())))
                .isEqualTo("ede7a7238070cd6a07d595d501683e035f0fd712dc73722711c8d5014bf22190");
    }

    @Test
    void everyFieldCounts() {
        var otherVersion = new SealedContent(NOTICE.documentId(), NOTICE.title(), NOTICE.body(), NOTICE.department(),
                NOTICE.docType(), NOTICE.classification(), 4);
        var otherBody = new SealedContent(NOTICE.documentId(), NOTICE.title(), NOTICE.body() + " ", NOTICE.department(),
                NOTICE.docType(), NOTICE.classification(), 3);

        assertThat(otherVersion.canonicalBytes()).isNotEqualTo(NOTICE.canonicalBytes());
        assertThat(otherBody.canonicalBytes()).isNotEqualTo(NOTICE.canonicalBytes());
    }

    @Test
    void refusesMissingFields() {
        assertThatThrownBy(() -> new SealedContent("d-1", "t", null, "dept", "NOTICE", "PUBLIC", 1))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("body");
    }
}
