package org.egovarchive.query.audit;

import org.egovarchive.query.web.BadParameterException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditFilterTest {

    @Test
    void datesAreWholeBeijingDays() {
        AuditFilter filter = AuditFilter.parse(Map.of("from", "2026-06-08", "to", "2026-06-08"));

        assertThat(filter.from()).isEqualTo(Instant.parse("2026-06-07T16:00:00Z"));
        assertThat(filter.to()).isEqualTo(Instant.parse("2026-06-08T15:59:59.999999999Z"));
    }

    @Test
    void dateTimesWithOffsetAreInstants() {
        assertThat(AuditFilter.parse(Map.of("from", "2026-06-08T09:46:00+08:00")).from())
                .isEqualTo(Instant.parse("2026-06-08T01:46:00Z"));
        assertThat(AuditFilter.parse(Map.of("from", "2026-06-08T09:46:00 08:00")).from())
                .isEqualTo(Instant.parse("2026-06-08T01:46:00Z"));
    }

    @Test
    void blanksAreNoFilterAndPagingDefaults() {
        AuditFilter filter = AuditFilter.parse(Map.of("actor", " ", "type", " DocumentSealed "));

        assertThat(filter.actor()).isNull();
        assertThat(filter.type()).isEqualTo("DocumentSealed");
        assertThat(filter.page()).isEqualTo(1);
        assertThat(filter.size()).isEqualTo(20);
        assertThat(filter.describe()).isEqualTo("type=DocumentSealed&page=1&size=20");
    }

    @Test
    void everyBadParameterIsNamed() {
        assertField(Map.of("size", "0"), "size");
        assertField(Map.of("size", "101"), "size");
        assertField(Map.of("page", "x"), "page");
        assertField(Map.of("page", "0"), "page");
        assertField(Map.of("page", "101", "size", "100"), "page");
        assertField(Map.of("from", "yesterday"), "from");
        assertField(Map.of("to", "2026-02-30"), "to");
        assertField(Map.of("from", "2026-06-09", "to", "2026-06-08"), "from");
        assertField(Map.of("actor", "a".repeat(201)), "actor");
    }

    private static void assertField(Map<String, String> params, String field) {
        assertThatThrownBy(() -> AuditFilter.parse(params)).isInstanceOfSatisfying(BadParameterException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
