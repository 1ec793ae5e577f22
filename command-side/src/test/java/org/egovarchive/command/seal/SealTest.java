package org.egovarchive.command.seal;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.seal.SealCommands.AuthorizeKeeper;
import org.egovarchive.command.seal.SealCommands.RegisterSeal;
import org.egovarchive.command.seal.SealCommands.RevokeKeeper;
import org.egovarchive.command.seal.SealCommands.RevokeSeal;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.kernel.seal.SealKeeperAuthorized;
import org.egovarchive.kernel.seal.SealKeeperRevoked;
import org.egovarchive.kernel.seal.SealRegistered;
import org.egovarchive.kernel.seal.SealRecord;
import org.egovarchive.kernel.seal.SealRevoked;
import org.egovarchive.kernel.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SealTest {

    private static final String ID = "seal-1";
    private static final Actor ADMIN1 = new Actor("admin1", StaffRole.ADMIN, "office");
    private static final Actor AUTHOR1 = new Actor("author1", StaffRole.AUTHOR, "info-center");
    private static final SealRegistered REGISTERED = new SealRegistered(ID, "市信息中心电子印章", "info-center", "SM2", "3059");

    private FixtureConfiguration<Seal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Seal.class);
    }

    @Test
    void anAdminRegistersASealWithItsPublicKey() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSeal(ID, "市信息中心电子印章", "info-center", "SM2", "3059", ADMIN1))
                .expectEvents(REGISTERED);
    }

    @Test
    void onlyAnAdminManagesSeals() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSeal(ID, "n", "info-center", "SM2", "3059", AUTHOR1))
                .expectException(ActRefused.class).expectNoEvents();
        fixture.given(REGISTERED).when(new AuthorizeKeeper(ID, "keeper1", AUTHOR1))
                .expectException(ActRefused.class).expectNoEvents();
    }

    @Test
    void keepersAreAuthorisedOnceAndRevoked() {
        fixture.given(REGISTERED).when(new AuthorizeKeeper(ID, "keeper1", ADMIN1))
                .expectEvents(new SealKeeperAuthorized(ID, "keeper1"));
        fixture.given(REGISTERED, new SealKeeperAuthorized(ID, "keeper1")).when(new AuthorizeKeeper(ID, "keeper1", ADMIN1))
                .expectException(ActRefused.class);
        fixture.given(REGISTERED, new SealKeeperAuthorized(ID, "keeper1")).when(new RevokeKeeper(ID, "keeper1", ADMIN1))
                .expectEvents(new SealKeeperRevoked(ID, "keeper1"));
        fixture.given(REGISTERED).when(new RevokeKeeper(ID, "keeper1", ADMIN1))
                .expectException(ActRefused.class);
    }

    @Test
    void aRevokedSealGetsNoNewKeepers() {
        fixture.given(REGISTERED, new SealRevoked(ID, "遗失"))
                .when(new AuthorizeKeeper(ID, "keeper1", ADMIN1))
                .expectException(ActRefused.class).expectNoEvents();
        fixture.given(REGISTERED).when(new RevokeSeal(ID, "遗失", ADMIN1)).expectEvents(new SealRevoked(ID, "遗失"));
    }

    @Test
    void aSealIsJudgedAsItStoodWhenItWasApplied() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        SealRecord state = SealRecord.next(null, REGISTERED, 0, t0);
        state = SealRecord.next(state, new SealKeeperAuthorized(ID, "keeper1"), 1, t0.plusSeconds(10));
        state = SealRecord.next(state, new SealKeeperRevoked(ID, "keeper1"), 2, t0.plusSeconds(20));
        state = SealRecord.next(state, new SealRevoked(ID, "遗失"), 3, t0.plusSeconds(30));

        assertThat(state.keeperAt("keeper1", t0.plusSeconds(15))).isTrue();
        assertThat(state.keeperAt("keeper1", t0.plusSeconds(25))).isFalse();
        assertThat(state.validAt(t0.plusSeconds(25))).isTrue();
        assertThat(state.validAt(t0.plusSeconds(35))).isFalse();
        assertThat(state.isKeeper("keeper1")).isFalse();
    }
}
