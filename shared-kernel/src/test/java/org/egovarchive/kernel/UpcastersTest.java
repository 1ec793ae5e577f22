package org.egovarchive.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.egovarchive.kernel.document.DocumentDrafted;
import org.egovarchive.kernel.event.EventCodec;
import org.egovarchive.kernel.event.EventEnvelope;
import org.egovarchive.kernel.event.upcast.Upcasters;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UpcastersTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void documentDraftedRevision1GainsAnEmptyNumber() throws IOException {
        JsonNode before = fixture("DocumentDrafted-rev1.json");

        JsonNode after = Upcasters.toCurrent("DocumentDrafted", "1", before);

        assertThat(after).isEqualTo(fixture("DocumentDrafted-rev2.json"));
        assertThat(before.has("number")).as("the input is left alone").isFalse();
    }

    @Test
    void documentPublishedRevision1LosesItsSlug() throws IOException {
        JsonNode before = fixture("DocumentPublished-rev1.json");

        JsonNode after = Upcasters.toCurrent("DocumentPublished", "1", before);

        assertThat(after).isEqualTo(fixture("DocumentPublished-rev2.json"));
        assertThat(before.has("slug")).as("the input is left alone").isTrue();
    }

    @Test
    void theCurrentRevisionIsLeftAsItIs() throws IOException {
        JsonNode current = fixture("DocumentDrafted-rev2.json");

        assertThat(Upcasters.toCurrent("DocumentDrafted", "2", current)).isEqualTo(current);
    }

    @Test
    void anOldEnvelopeStillReads() throws IOException {
        EventEnvelope old = new EventEnvelope(EventEnvelope.CURRENT_VERSION, "e", 1, "Document", "d", 0,
                "DocumentDrafted", "1", Instant.EPOCH, Map.of(), fixture("DocumentDrafted-rev1.json"));

        DocumentDrafted drafted = (DocumentDrafted) new EventCodec().payload(old);

        assertThat(drafted.title()).isEqualTo("电子政务应用动员会发言");
        assertThat(drafted.number()).isNull();
    }

    private JsonNode fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/upcasting/" + name)) {
            return json.readTree(in);
        }
    }
}
