package org.egovarchive.command.archive;

import com.fasterxml.jackson.databind.JsonNode;
import org.egovarchive.command.history.RecordRows;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Which documents a transfer (移交) of one department and year holds: each document belongs to exactly
 * one year — that of its first publication, or for a document never published, that of its drafting —
 * in the city's time zone. So no document is transferred twice, and none is left out.
 */
@Component
class TransferSelection {

    static final String RULE = "the year of first publication, or of drafting for a document never published";

    private final RecordRows rows;
    private final ZoneId zone;

    TransferSelection(RecordRows rows, @Value("${egov.archive.zone:Asia/Shanghai}") String zone) {
        this.rows = rows;
        this.zone = ZoneId.of(zone);
    }

    List<String> documents(String department, int year) {
        return rows.documentsOf(department).stream().filter(id -> yearOf(rows.of(id)) == year).toList();
    }

    private int yearOf(List<RecordRows.Row> events) {
        Instant at = firstPublication(events).orElseGet(() -> Instant.parse(events.get(0).timestamp()));
        return at.atZone(zone).getYear();
    }

    private static Optional<Instant> firstPublication(List<RecordRows.Row> events) {
        for (RecordRows.Row event : events) {
            if (event.type().equals("DocumentPublished")) {
                JsonNode payload = Payloads.tree(event.payload());
                String publishedAt = Payloads.text(payload, "publishedAt");
                if (publishedAt != null) {
                    return Optional.of(Instant.parse(publishedAt));
                }
            }
        }
        return Optional.empty();
    }
}
