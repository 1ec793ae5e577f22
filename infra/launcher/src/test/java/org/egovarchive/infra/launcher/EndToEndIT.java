package org.egovarchive.infra.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.egovarchive.infra.stack.junit.LocalStackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egovarchive.infra.launcher.Workflow.*;

/**
 * The whole path of one act, as a user meets it: both applications run from their executable jars
 * against the real PostgreSQL, Kafka and Elasticsearch; a document drafted, signed off, sealed and
 * published through the staff API is found by the public search, and its page shows a seal that verifies.
 */
@ExtendWith({LocalStackExtension.class, RunningApps.class})
class EndToEndIT {

    @Test
    void aPublishedDocumentIsFoundByThePublicSearchInEitherScript() {
        String marker = "端到端" + UUID.randomUUID().toString().substring(0, 8);
        String id = draft(marker + " 電子政務通知", "關於推進電子政務(wù)應用的通知。", "PUBLIC");
        signOffAndSeal(id);

        long publishedAt = System.nanoTime();
        expect(200, publish(id));
        awaitSearchTotal(marker, 1);
        System.out.printf("publish -> searchable: %d ms%n", (System.nanoTime() - publishedAt) / 1_000_000);

        JsonNode hit = search(marker + " 电子政务").get("hits").get(0);
        assertThat(hit.get("id").asText()).isEqualTo(id);
        assertThat(hit.get("snippet").asText()).contains("<em>電子政務</em>");
        assertThat(hit.get("url").asText()).isEqualTo("/documents/" + id);
        String page = Http.get(query(hit.get("url").asText()), null).body();
        assertThat(page).contains(marker).contains("市信息中心").contains("印章验证通过").doesNotContain("验证未通过");
    }

    @Test
    void theRunningCommandSideHoldsNoOwnerPasswordAndItsMigrationsRanApart() throws Exception {
        App commandSide = App.both(RunningApps.settings()).get(0);
        long pid = commandSide.daemon().pid().orElseThrow();
        String environment = Files.readString(Path.of("/proc/" + pid + "/environ")).replace('\0', '\n');
        String commandLine = Files.readString(Path.of("/proc/" + pid + "/cmdline")).replace('\0', ' ');

        String ownerPassword = LocalStackExtension.endpoints().ownerPassword();
        assertThat(environment).doesNotContain("flyway").doesNotContain("FLYWAY").doesNotContain("\"" + ownerPassword + "\"");
        assertThat(commandLine).doesNotContain(ownerPassword).doesNotContain(" migrate");
        assertThat(RunningApps.settings().logDir().resolve("command-side-migrate.log")).content().contains("schema at version");
    }

    @Test
    void theDemoDataLoadsOnceAndTheSeedSpeechIsSearchable() {
        infoCenterSeal();
        JsonNode again = Http.post(command("/api/admin/demo-data"), "admin1", "{}").json();

        assertThat(again.get("steps")).allSatisfy(step -> assertThat(step.asText()).endsWith("already there"));
        JsonNode speech = null;
        for (JsonNode hit : search("電子政務").get("hits")) {
            if (hit.get("title").asText().equals("电子政务应用动员会发言")) {
                speech = hit;
            }
        }
        assertThat(speech).as("the seed speech").isNotNull();
        assertThat(speech.get("snippet").asText()).contains("<em>電子政務</em>");
        assertThat(speech.get("publishedAt").asText()).startsWith("2022-06-08T01:46");
        Http.Response page = Http.get(query("/search?q=" + Http.encode("電子政務")), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<em>电子政务</em>应用动员会发言").contains("<em>電子政務</em>");
        assertThat(Http.get(query(speech.get("url").asText()), null).body()).contains("印章验证通过");
    }
}
