package org.egovarchive.query.audit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.egovarchive.query.elastic.ReadModel;
import org.egovarchive.query.staff.Staff;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.UUID;

/**
 * Keeps each search of the audit trail in {@code audit-reads}, before its answer leaves: if the record
 * cannot be written, the search fails — an audit search is never unrecorded. Unlike search analytics,
 * this is written synchronously, because here a lost record is a hole in the audit, not a statistic.
 */
@Component
@DependsOn("indexBootstrap")
public class AuditReadLog {

    public static final String EVENTS = "events";
    public static final String READS = "reads";

    private final ElasticsearchClient client;
    private final Clock clock;

    public AuditReadLog(ElasticsearchClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    public void record(Staff staff, String searched, String channel, AuditFilter filter, long total) {
        AuditRead read = new AuditRead(UUID.randomUUID().toString(), staff.getUsername(), staff.role().name(),
                staff.department(), clock.instant(), searched, channel, filter.describe(), total);
        try {
            client.index(i -> i.index(ReadModel.AUDIT_READS.alias()).id(read.id()).document(read));
        } catch (IOException e) {
            throw new UncheckedIOException("the audit read could not be recorded", e);
        }
    }
}
