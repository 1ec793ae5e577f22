package org.egovarchive.command.ledger;

import org.egovarchive.command.support.Api;
import org.egovarchive.command.support.CommandSideIT;
import org.egovarchive.command.support.Documents;
import org.egovarchive.command.support.Ledger;
import org.egovarchive.infra.stack.StackEndpoints;
import org.egovarchive.infra.stack.junit.LocalStackExtension;
import org.egovarchive.infra.verifier.Finding;
import org.egovarchive.infra.verifier.PackageVerifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Export packages from the real stack, checked by the independent verifier — and forged. */
@CommandSideIT
class LedgerExportIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate appRole;
    @TempDir
    Path dir;

    private Api api;
    private Documents documents;
    private Ledger ledger;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        documents = new Documents(api);
        ledger = new Ledger(api, appRole);
    }

    @Test
    void aPublishedDocumentsPackageIsAcceptedByTheIndependentVerifier() throws Exception {
        String id = documents.inState("PUBLISHED");
        ledger.awaitCaughtUp();

        PackageVerifier.Result result = PackageVerifier.verify(download("/api/audit/document/" + id + "/export", "a.zip"));

        assertThat(result.failures()).isEmpty();
        assertThat(result.intact()).isTrue();
        assertThat(result.findings()).anySatisfy(f -> assertThat(f.check()).startsWith("seal at sequence 3"))
                .anySatisfy(f -> assertThat(f.record()).startsWith("seal/"))
                .filteredOn(f -> f.check().equals("metadata") && f.record().startsWith("document/"))
                .singleElement().satisfies(f -> assertThat(f.detail()).contains("number").contains("retention"));
    }

    @Test
    void oneFlippedByteInThePackageIsFoundAndNamed() throws Exception {
        String id = documents.inState("SEALED");
        ledger.awaitCaughtUp();
        Path zip = download("/api/audit/document/" + id + "/export", "b.zip");
        String entry = "records/document/" + id + "/events.jsonl";

        flipByteInEntry(zip, entry);

        PackageVerifier.Result result = PackageVerifier.verify(zip);
        assertThat(result.intact()).isFalse();
        assertThat(String.join("\n", result.failures())).contains(entry);
    }

    @Test
    void oneAlteredByteInAStoredEventFailsTheExportedPackageAtThatEvent() throws Exception {
        String id = documents.draft("TAMPER-ME 关于导出的通知", "正文");
        api.postJson("/api/documents/" + id + "/submit", "author1", "{}");
        ledger.awaitCaughtUp();
        JdbcTemplate owner = owner();
        byte[] payload = owner.queryForObject("select payload from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = 0", byte[].class, id);
        int at = new String(payload, StandardCharsets.ISO_8859_1).indexOf("TAMPER-ME");
        owner.update("update domain_event_entry set payload = set_byte(payload, ?, get_byte(payload, ?) # 1) "
                + "where aggregate_identifier = ? and sequence_number = 0", at, at, id);

        PackageVerifier.Result result = PackageVerifier.verify(download("/api/audit/document/" + id + "/export", "c.zip"));

        assertThat(result.intact()).isFalse();
        assertThat(result.findings()).filteredOn(f -> f.check().equals("hash-chain") && !f.passed()).singleElement()
                .extracting(Finding::detail).asString()
                .contains("records/document/" + id + "/events.jsonl line 1 (sequence 0)")
                .contains("does not match its stored hash");
    }

    @Test
    void aDepartmentsTransferOfTheYearHoldsItsDocumentsAndTheirSeals() throws Exception {
        String published = documents.inState("PUBLISHED");
        String draft = documents.draft("移交草稿", "正文");
        ledger.awaitCaughtUp();
        int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();

        Path zip = download("/api/audit/transfer?department=info-center&year=" + year, "d.zip");

        // other tests of this JVM tamper with stored events of the same department: the report must say so truthfully
        PackageVerifier.Result result = PackageVerifier.verify(zip);
        assertThat(result.reportDisagreements()).isEmpty();
        assertThat(result.findings()).filteredOn(f -> f.record().equals("package")).allMatch(Finding::passed);
        assertThat(result.findings()).filteredOn(f -> f.record().equals("document/" + published)
                        || f.record().equals("document/" + draft) || f.record().startsWith("seal/"))
                .isNotEmpty().allMatch(f -> f.passed() || f.aboutTheRecord());
        assertThat(result.findings()).extracting(Finding::record).contains("document/" + published, "document/" + draft);
    }

    @Test
    void sealsExportAndAnIdOfAnotherKindIsNotFound() throws Exception {
        String seal = documents.infoCenterSeal();
        ledger.awaitCaughtUp();

        assertThat(PackageVerifier.verify(download("/api/audit/seal/" + seal + "/export", "e.zip")).failures()).isEmpty();
        assertThat(api.get("/api/audit/message/" + seal + "/export", "auditor1").status()).isEqualTo(404);
        assertThat(api.get("/api/audit/document/" + seal + "/export", "auditor1").status()).isEqualTo(404);
        assertThat(api.get("/api/audit/seal/" + seal + "/export", "author1").status()).isEqualTo(403);
    }

    @Test
    void aLettersPackageHoldsItsActsButNeverItsWritersContact() throws Exception {
        Api.Response submitted = api.postJson("/api/public/messages", null, """
                {"box": "MESSAGE_BOARD", "kind": "COMPLAINT", "title": "路灯不亮", "body": "小区门口路灯坏了一个月。",
                 "contactName": "孙八", "contactPhone": "13912345678", "contactEmail": "sun8@example.cn", "publicReply": true}""");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.json().get("id").asText();
        assertThat(api.postJson("/api/messages/" + id + "/reply", "handler1", "{\"body\": \"已修复。\", \"public\": true}").status())
                .isEqualTo(200);
        ledger.awaitCaughtUp();

        Path zip = download("/api/audit/message/" + id + "/export", "f.zip");

        PackageVerifier.Result result = PackageVerifier.verify(zip);
        assertThat(result.failures()).isEmpty();
        assertThat(result.reportDisagreements()).isEmpty();
        assertThat(result.findings()).filteredOn(f -> f.record().equals("message/" + id))
                .extracting(Finding::check).contains("hash-chain", "ledger-inclusion", "sequence", "metadata", "contact-data");
        String everything;
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
            StringBuilder text = new StringBuilder();
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(file.entries())) {
                text.append(new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
            everything = text.toString();
        }
        assertThat(everything).contains("路灯不亮").contains("已修复。")
                .doesNotContain("孙八").doesNotContain("13912345678").doesNotContain("sun8@example.cn");
    }

    private Path download(String path, String name) throws IOException, InterruptedException {
        HttpRequest request = api.authorized(HttpRequest.newBuilder(URI.create(api.url(path))).GET(), "auditor1").build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        return Files.write(dir.resolve(name), response.body());
    }

    /** Flips one byte inside an entry's compressed data: the local header names it, its data follows. */
    private static void flipByteInEntry(Path zip, String entry) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        int name = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(entry);
        int extra = (bytes[name - 2] & 0xff) | (bytes[name - 1] & 0xff) << 8;
        int data = name + entry.getBytes(StandardCharsets.UTF_8).length + extra;
        bytes[data + 10] ^= 0x01;
        Files.write(zip, bytes);
    }

    private static JdbcTemplate owner() {
        StackEndpoints stack = LocalStackExtension.endpoints();
        return new JdbcTemplate(new DriverManagerDataSource(stack.jdbcUrl(), stack.ownerUser(), stack.ownerPassword()));
    }
}
