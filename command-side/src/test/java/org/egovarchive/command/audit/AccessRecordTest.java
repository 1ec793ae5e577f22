package org.egovarchive.command.audit;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.kernel.audit.AuditView;
import org.egovarchive.kernel.audit.RecordAccessed;
import org.egovarchive.kernel.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

class AccessRecordTest {

    private static final String ID = "access-1";
    private static final Map<String, String> AT = Map.of("at", "2026-06-08T01:46:00Z");

    private FixtureConfiguration<AccessRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AccessRecord.class);
    }

    @Test
    void anAuditorsReadIsRecordedWithWhatWasShown() {
        fixture.givenNoPriorActivity()
                .when(new RecordAccess(ID, "document", "d-1", AuditView.STATE, AT, AccessLog.PAGE, actor(StaffRole.AUDITOR)))
                .expectEvents(new RecordAccessed(ID, "document", "d-1", AuditView.STATE, AT, AccessLog.PAGE));
    }

    @Test
    void leadersAndAdminsReadsAreRecordedToo() {
        fixture.givenNoPriorActivity()
                .when(new RecordAccess(ID, "seal", "s-1", AuditView.VERIFY, Map.of(), AccessLog.API, actor(StaffRole.LEADER)))
                .expectEvents(new RecordAccessed(ID, "seal", "s-1", AuditView.VERIFY, Map.of(), AccessLog.API));
        fixture.givenNoPriorActivity()
                .when(new RecordAccess(ID, "seal", "s-1", AuditView.EXPORT, Map.of(), AccessLog.API, actor(StaffRole.ADMIN)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void someoneWhoMayNotAuditLeavesNoRecordOfAReadThatNeverHappened() {
        fixture.givenNoPriorActivity()
                .when(new RecordAccess(ID, "document", "d-1", AuditView.HISTORY, Map.of(), AccessLog.API, actor(StaffRole.AUTHOR)))
                .expectException(ActRefused.class)
                .expectNoEvents();
    }

    private static Actor actor(StaffRole role) {
        return new Actor(role.name().toLowerCase() + "1", role, "office");
    }
}
