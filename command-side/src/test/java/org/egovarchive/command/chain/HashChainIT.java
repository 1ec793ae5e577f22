package org.egovarchive.command.chain;

import org.egovarchive.command.support.Api;
import org.egovarchive.command.support.CommandSideIT;
import org.egovarchive.command.support.Documents;
import org.egovarchive.infra.stack.StackEndpoints;
import org.egovarchive.infra.stack.junit.LocalStackExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hash chain over real stored events: it holds, it names the first tampered event, and the app may not tamper. */
@CommandSideIT
class HashChainIT {

    @LocalServerPort
    int port;
    @Autowired
    HashChainVerifier verifier;
    @Autowired
    JdbcTemplate appRole;

    private Documents documents;
    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        documents = new Documents(api);
    }

    @Test
    void aDocumentsEventsFormAnUnbrokenChain() {
        String id = documents.inState("PUBLISHED");

        HashChainVerifier.Report report = verifier.verify(id);

        assertThat(report.valid()).as(report.reason()).isTrue();
        assertThat(report.eventsChecked()).isEqualTo(5);
        assertThat(api.get("/api/audit/document/" + id + "/verify", "auditor1").json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void oneAlteredByteIsFoundAndNamed() {
        String id = documents.draft("TAMPER-ME 关于某事项的通知", "正文");
        api.postJson("/api/documents/" + id + "/submit", "author1", "{}");
        JdbcTemplate owner = owner();
        byte[] payload = owner.queryForObject("select payload from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = 0", byte[].class, id);
        int at = new String(payload, StandardCharsets.ISO_8859_1).indexOf("TAMPER-ME");

        owner.update("update domain_event_entry set payload = set_byte(payload, ?, get_byte(payload, ?) # 1) "
                + "where aggregate_identifier = ? and sequence_number = 0", at, at, id);

        HashChainVerifier.Report report = verifier.verify(id);
        assertThat(report.valid()).isFalse();
        assertThat(report.aggregateId()).isEqualTo(id);
        assertThat(report.breakAt()).isZero();
        assertThat(report.reason()).contains("does not match its hash");
        assertThat(api.get("/api/audit/document/" + id + "/verify", "auditor1").body())
                .contains("\"valid\":false").contains("sequence 0");
    }

    @Test
    void theApplicationsRoleCannotChangeOrRemoveEvents() {
        String id = documents.draft("不可篡改", "正文");

        assertThatThrownBy(() -> appRole.update("update domain_event_entry set payload = payload where aggregate_identifier = ?", id))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> appRole.update("delete from domain_event_entry where aggregate_identifier = ?", id))
                .rootCause().hasMessageContaining("permission denied");
        assertThat(verifier.verify(id).valid()).isTrue();
    }

    private static JdbcTemplate owner() {
        StackEndpoints stack = LocalStackExtension.endpoints();
        return new JdbcTemplate(new DriverManagerDataSource(stack.jdbcUrl(), stack.ownerUser(), stack.ownerPassword()));
    }
}
