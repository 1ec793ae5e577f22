package org.egovarchive.command.ledger;

import org.egovarchive.kernel.seal.Hex;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The leaf input and the checkpoint bytes are exactly docs/ledger.md's worked examples, and the verifier's. */
class LeafInputTest {

    private static final LeafInput EXAMPLE = new LeafInput("8754d8bc-5215-40e3-a94d-9c81b8317d45", "Document",
            "caa34f7a-850d-4408-891d-8f7609322bd0", 0, "2026-11-27T19:17:29.598Z",
            "98029e610e44cbb19a62e7939d76375ab3b6fbbcd1bac7557adad2bfa26e05e4");

    @Test
    void theLeafOfTheDocumentedExample() {
        assertThat(Hex.encode(EXAMPLE.bytes())).isEqualTo("01"
                + "0024" + "38373534643862632d353231352d343065332d613934642d396338316238333137643435"
                + "0008" + "446f63756d656e74"
                + "0024" + "63616133346637612d383530642d343430382d383931642d386637363039333232626430"
                + "0000000000000000"
                + "0018" + "323032362d31312d32375431393a31373a32392e3539385a"
                + "98029e610e44cbb19a62e7939d76375ab3b6fbbcd1bac7557adad2bfa26e05e4");
        assertThat(Hex.encode(EXAMPLE.leafHash())).isEqualTo("654b43c050ddf89cacf2dd0387adfb6a08f12a6dd5ab020e3d49d7b7e854ab02");
    }

    @Test
    void theVerifierBuildsTheSameLeaf() {
        assertThat(org.egovarchive.infra.verifier.LeafInput.bytes(EXAMPLE.eventId(), EXAMPLE.aggregateType(),
                EXAMPLE.aggregateId(), EXAMPLE.sequence(), EXAMPLE.timestamp(), Hex.decode(EXAMPLE.chainHash())))
                .isEqualTo(EXAMPLE.bytes());
    }

    @Test
    void theCheckpointOfTheDocumentedExample() {
        Checkpoint checkpoint = new Checkpoint("egov-archive", 15,
                "840cd7244f82ed046620a8cf2b08d5ab331e2bb74c4f6314811dd5dc687ea10d", "2026-11-27T19:17:36.971Z",
                "8a9cb0e66ac8103b", "SM2", "");

        assertThat(new String(checkpoint.signedBytes(), StandardCharsets.UTF_8)).isEqualTo("egov-archive ledger checkpoint v1\n"
                + "egov-archive\n15\n840cd7244f82ed046620a8cf2b08d5ab331e2bb74c4f6314811dd5dc687ea10d\n"
                + "2026-11-27T19:17:36.971Z\n8a9cb0e66ac8103b\n");
    }
}
