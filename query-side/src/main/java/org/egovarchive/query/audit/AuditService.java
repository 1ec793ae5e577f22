package org.egovarchive.query.audit;

import org.egovarchive.query.projection.AuditEventView;
import org.egovarchive.query.staff.Staff;
import org.springframework.stereotype.Service;

import java.util.Map;

/** An audit search or a search of the searches, for API and page alike: filter, search, record, answer. */
@Service
public class AuditService {

    private final AuditSearch search;
    private final AuditReadLog log;

    public AuditService(AuditSearch search, AuditReadLog log) {
        this.search = search;
        this.log = log;
    }

    public AuditSearch.Page<AuditEventView> events(Map<String, String> params, Staff staff, String channel) {
        AuditFilter filter = AuditFilter.parse(params);
        AuditSearch.Page<AuditEventView> page = search.events(filter);
        log.record(staff, AuditReadLog.EVENTS, channel, filter, page.total());
        return page;
    }

    public AuditSearch.Page<AuditRead> reads(Map<String, String> params, Staff staff, String channel) {
        AuditFilter filter = AuditFilter.parse(params);
        AuditSearch.Page<AuditRead> page = search.reads(filter);
        log.record(staff, AuditReadLog.READS, channel, filter, page.total());
        return page;
    }
}
