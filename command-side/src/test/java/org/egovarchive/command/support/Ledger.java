package org.egovarchive.command.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.egovarchive.infra.verifier.Checkpoints;
import org.egovarchive.infra.verifier.Hex;
import org.egovarchive.infra.verifier.LeafInput;
import org.egovarchive.infra.verifier.Merkle;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The ledger as an auditor's script sees it: through the API, checked with the independent verifier. */
public final class Ledger {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Api api;
    private final JdbcTemplate jdbc;

    public Ledger(Api api, JdbcTemplate jdbc) {
        this.api = api;
        this.jdbc = jdbc;
    }

    /** Waits until every stored event is a leaf. */
    public void awaitCaughtUp() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(leaves()).isEqualTo(events()));
    }

    public long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    public long leaves() {
        return jdbc.queryForObject("select count(*) from ledger_leaf", Long.class);
    }

    /** A fresh checkpoint of the whole tree, signed on request. */
    public JsonNode checkpointNow() {
        Api.Response response = api.postJson("/api/audit/ledger/checkpoint", "auditor1", "{}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    public Checkpoints.Key key() {
        return Checkpoints.key(ok(api.get("/api/audit/ledger/key", "auditor1")));
    }

    public JsonNode inclusion(String eventId, long size) {
        return ok(api.get("/api/audit/ledger/proof/inclusion?event=" + eventId + "&size=" + size, "auditor1"));
    }

    public JsonNode consistency(long from, long to) {
        return ok(api.get("/api/audit/ledger/proof/consistency?from=" + from + "&to=" + to, "auditor1"));
    }

    /** The leaf hash of a stored event, rebuilt from its row as docs/ledger.md says. */
    public byte[] leafHashOf(String aggregateId, long sequence) {
        Map<String, Object> row = jdbc.queryForMap("select event_identifier, type, aggregate_identifier, sequence_number, "
                + "time_stamp, meta_data from domain_event_entry where aggregate_identifier = ? and sequence_number = ?",
                aggregateId, sequence);
        String chainHash = metadata((byte[]) row.get("meta_data")).get("hash").asText();
        return Merkle.leafHash(LeafInput.bytes((String) row.get("event_identifier"), (String) row.get("type"),
                (String) row.get("aggregate_identifier"), (Long) row.get("sequence_number"), (String) row.get("time_stamp"),
                Hex.decode(chainHash)));
    }

    public String eventId(String aggregateId, long sequence) {
        return jdbc.queryForObject("select event_identifier from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = ?", String.class, aggregateId, sequence);
    }

    private static JsonNode metadata(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
