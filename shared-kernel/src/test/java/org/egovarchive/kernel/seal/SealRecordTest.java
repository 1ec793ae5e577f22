package org.egovarchive.kernel.seal;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SealRecordTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void aSealIsJudgedAsItStoodAtAnInstant() {
        SealRecord s = SealRecord.next(null, new SealRegistered("s1", "市信息中心电子印章", "info-center", "SM2", "04ab"), 0, T0);
        s = SealRecord.next(s, new SealKeeperAuthorized("s1", "keeper1"), 1, T0.plusSeconds(10));
        s = SealRecord.next(s, new SealKeeperRevoked("s1", "keeper1"), 2, T0.plusSeconds(20));
        s = SealRecord.next(s, new SealRevoked("s1", "key lost"), 3, T0.plusSeconds(30));
        assertThat(s.keeperAt("keeper1", T0.plusSeconds(15))).isTrue();
        assertThat(s.keeperAt("keeper1", T0.plusSeconds(25))).isFalse();
        assertThat(s.isKeeper("keeper1")).isFalse();
        assertThat(s.validAt(T0.plusSeconds(29))).isTrue();
        assertThat(s.validAt(T0.plusSeconds(30))).isFalse();
        assertThat(s.version()).isEqualTo(3);
    }

    @Test
    void theFoldKnowsEverySealEventAndASealBeginsRegistered() {
        assertThat(SealEvent.TYPES).containsExactly(SealRegistered.class, SealKeeperAuthorized.class,
                SealKeeperRevoked.class, SealRevoked.class);
        assertThatThrownBy(() -> SealRecord.next(null, new SealRevoked("s1", "x"), 0, T0))
                .hasMessageContaining("begins with SealRegistered");
    }
}
