package org.egovarchive.command.audit;

import org.egovarchive.command.staff.Departments;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLabelsTest {

    private final AuditLabels labels = new AuditLabels(new Departments(List.of()));

    @Test
    void checksAreNamedInWords() {
        assertThat(labels.check("hash-chain")).isEqualTo("哈希链：事件首尾相连");
        assertThat(labels.check("seal at sequence 3 (content version 1, seal s-1, keeper keeper1)"))
                .isEqualTo("电子印章签名：序号 3 的盖章（内容版本 1，盖章人 keeper1）");
        assertThat(labels.check("something new")).isEqualTo("something new");
    }

    @Test
    void rolesStatesDepartmentsAndClassificationsReadInChinese() {
        assertThat(labels.role("SEAL_KEEPER")).isEqualTo("印章管理员");
        assertThat(labels.role("SOMEONE")).isEqualTo("SOMEONE");
        assertThat(labels.state("PUBLISHED")).isEqualTo("已发布");
        assertThat(labels.department("info-center")).isEqualTo("市信息中心");
        assertThat(labels.department("public")).isEqualTo("公众");
        assertThat(labels.classification("TOP_SECRET")).isEqualTo("绝密");
        assertThat(labels.event("DocumentSealed")).isEqualTo("加盖电子印章");
    }

    @Test
    void timesAreBeijingTime() {
        Instant at = Instant.parse("2026-06-08T01:46:05.123456Z");

        assertThat(labels.time(at)).isEqualTo("2026-06-08 09:46:05");
        assertThat(labels.precise(at)).isEqualTo("2026-06-08 09:46:05.123456");
        assertThat(labels.field(at)).isEqualTo("2026-06-08T09:46:05");
        assertThat(labels.shortHash("0123456789abcdef")).isEqualTo("0123456789ab…");
    }
}
