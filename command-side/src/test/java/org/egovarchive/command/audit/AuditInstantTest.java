package org.egovarchive.command.audit;

import org.egovarchive.command.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditInstantTest {

    @Test
    void aDateTimeWithOffsetIsThatInstant() {
        assertThat(AuditInstant.parse("at", "2026-06-08T09:46:00+08:00")).isEqualTo(Instant.parse("2026-06-08T01:46:00Z"));
        assertThat(AuditInstant.parse("at", "2026-06-08T01:46:00.123456Z")).isEqualTo(Instant.parse("2026-06-08T01:46:00.123456Z"));
    }

    @Test
    void anUnencodedPlusInAQueryStringStillReadsAsTheOffset() {
        assertThat(AuditInstant.parse("at", "2026-06-08T09:46:00 08:00")).isEqualTo(Instant.parse("2026-06-08T01:46:00Z"));
    }

    @Test
    void aDateIsTheLastInstantOfThatDayInBeijing() {
        assertThat(AuditInstant.parse("at", "2026-06-08")).isEqualTo(Instant.parse("2026-06-08T15:59:59.999999999Z"));
    }

    @Test
    void aDateTimeWithoutOffsetIsBeijingTime() {
        assertThat(AuditInstant.parse("at", "2026-06-08T09:46:05")).isEqualTo(Instant.parse("2026-06-08T01:46:05Z"));
        assertThat(AuditInstant.parse("at", "2026-06-08T09:46")).isEqualTo(Instant.parse("2026-06-08T01:46:00Z"));
    }

    @Test
    void absentMeansNow() {
        assertThat(AuditInstant.parse("at", null)).isNull();
        assertThat(AuditInstant.parse("at", " ")).isNull();
    }

    @Test
    void anythingElseIsRefusedNamingTheField() {
        assertThatThrownBy(() -> AuditInstant.parse("at", "yesterday"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("at")));
        assertThatThrownBy(() -> AuditInstant.parse("at", "2026-13-01")).isInstanceOf(InvalidInputException.class);
    }
}
