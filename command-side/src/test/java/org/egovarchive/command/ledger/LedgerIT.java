package org.egovarchive.command.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import org.egovarchive.command.dispatch.Commands;
import org.egovarchive.command.document.DraftDocument;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.command.support.Api;
import org.egovarchive.command.support.CommandSideIT;
import org.egovarchive.command.support.Documents;
import org.egovarchive.command.support.Ledger;
import org.egovarchive.infra.verifier.Checkpoints;
import org.egovarchive.infra.verifier.Hex;
import org.egovarchive.infra.verifier.Json;
import org.egovarchive.infra.verifier.Main;
import org.egovarchive.infra.verifier.Merkle;
import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The ledger over the real event store, checked from the outside with the independent verifier. */
@CommandSideIT
@TestPropertySource(properties = "egov.ledger.checkpoint-events=7")
class LedgerIT {

    @LocalServerPort
    int port;
    private static final Actor AUTHOR = new Actor("author1", StaffRole.AUTHOR, "info-center");

    @Autowired
    JdbcTemplate appRole;
    @Autowired
    Commands commands;

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
    void everyEventBecomesExactlyOneLeafAndEveryCompleteSubtreeOneNode() {
        documents.inState("PUBLISHED");

        ledger.awaitCaughtUp();

        long size = ledger.leaves();
        assertThat(appRole.queryForObject("select max(leaf_index) + 1 from ledger_leaf", Long.class)).isEqualTo(size);
        assertThat(appRole.queryForObject("select count(*) from domain_event_entry e join ledger_leaf l "
                + "on l.event_identifier = e.event_identifier and l.global_index = e.global_index", Long.class)).isEqualTo(size);
        long subtrees = 0;
        for (long width = 1; width <= size; width *= 2) {
            subtrees += size / width;
        }
        assertThat(appRole.queryForObject("select count(*) from ledger_node", Long.class)).isEqualTo(subtrees);
    }

    @Test
    void eventsCommittedOutOfOrderByConcurrentWritersEachBecomeOneLeaf() throws Exception {
        // concurrent appends commit out of global-index order: the gap-aware token delivers late ones after later ones
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                done.add(writers.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        commands.send(new DraftDocument(UUID.randomUUID().toString(), "政务动态", DocType.NEWS,
                                Classification.PUBLIC, "并发 " + i, "正文", null, AUTHOR));
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdown();
        }

        ledger.awaitCaughtUp();

        assertThat(appRole.queryForObject("select count(*) from domain_event_entry e join ledger_leaf l "
                + "on l.event_identifier = e.event_identifier and l.global_index = e.global_index", Long.class))
                .isEqualTo(ledger.events());
        assertThat(appRole.queryForObject("select max(leaf_index) + 1 from ledger_leaf", Long.class)).isEqualTo(ledger.events());
    }

    @Test
    void aCheckpointIsSignedOnceTheTreeHasGrownByTheConfiguredCount() {
        documents.inState("PUBLISHED");
        documents.inState("PUBLISHED");
        ledger.awaitCaughtUp();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/audit/ledger/checkpoint", "auditor1").status()).isEqualTo(200));
        Checkpoints.Checkpoint latest = Checkpoints.checkpoint(api.get("/api/audit/ledger/checkpoint", "auditor1").json());
        assertThat(Checkpoints.problem(latest, ledger.key())).isEmpty();
        assertThat(latest.treeSize()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void aCheckpointKeptBeforeMoreEventsIsProvenConsistentWithALaterOne() {
        documents.draft("较早的", "正文");
        ledger.awaitCaughtUp();
        Checkpoints.Checkpoint kept = Checkpoints.checkpoint(ledger.checkpointNow());
        documents.inState("SEALED");
        documents.draft("较晚的", "正文");
        ledger.awaitCaughtUp();
        Checkpoints.Checkpoint later = Checkpoints.checkpoint(ledger.checkpointNow());

        JsonNode proof = ledger.consistency(kept.treeSize(), later.treeSize());

        List<byte[]> path = Json.hashes(proof, "path");
        assertThat(Checkpoints.problem(kept, ledger.key())).isEmpty();
        assertThat(Checkpoints.problem(later, ledger.key())).isEmpty();
        assertThat(Merkle.consistencyProblem(kept.treeSize(), later.treeSize(), kept.rootHash(), later.rootHash(), path))
                .isEmpty();
        byte[] forgedOldRoot = kept.rootHash().clone();
        forgedOldRoot[0] ^= 1;
        assertThat(Merkle.consistencyProblem(kept.treeSize(), later.treeSize(), forgedOldRoot, later.rootHash(), path))
                .hasValueSatisfying(reason -> assertThat(reason).contains("not a prefix"));
    }

    @Test
    void anEventsInclusionProofVerifiesAgainstASignedCheckpoint() {
        String id = documents.draft("收录证明", "正文");
        ledger.awaitCaughtUp();
        Checkpoints.Checkpoint checkpoint = Checkpoints.checkpoint(ledger.checkpointNow());

        JsonNode proof = ledger.inclusion(ledger.eventId(id, 0), checkpoint.treeSize());

        byte[] leaf = ledger.leafHashOf(id, 0);
        assertThat(proof.get("leafHash").asText()).isEqualTo(Hex.encode(leaf));
        assertThat(Merkle.inclusionProblem(proof.get("leafIndex").asLong(), checkpoint.treeSize(), leaf,
                Json.hashes(proof, "path"), checkpoint.rootHash())).isEmpty();
        assertThat(Checkpoints.problem(checkpoint, ledger.key())).isEmpty();
    }

    @Test
    void theVerifiersCommandLineChecksTheRunningLedgerAgainstACheckpointKeptEarlier(@TempDir Path dir) throws Exception {
        String id = documents.draft("命令行", "正文");
        ledger.awaitCaughtUp();
        Path kept = Files.writeString(dir.resolve("kept.json"), ledger.checkpointNow().toString());
        documents.draft("之后", "正文");
        ledger.awaitCaughtUp();
        ledger.checkpointNow();
        Path password = Files.writeString(dir.resolve("password"), "demo\n");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

        int exit = Main.run(new String[]{"verify-ledger", "--url", api.url(""), "--user", "auditor1",
                "--password-file", password.toString(), "--event", ledger.eventId(id, 0), "--since", kept.toString(),
                "--save", dir.resolve("saved").toString()}, out, out);

        assertThat(output.toString(StandardCharsets.UTF_8)).contains("ok   checkpoint signature")
                .contains("ok   inclusion of event " + ledger.eventId(id, 0)).contains("ok   consistency from tree size")
                .contains("VERIFIED");
        assertThat(exit).isZero();
        assertThat(dir.resolve("saved")).isNotEmptyDirectory();
    }

    @Test
    void proofsAreRefusedForWhatTheLedgerDoesNotHold() {
        documents.draft("范围", "正文");
        ledger.awaitCaughtUp();
        long size = ledger.checkpointNow().get("treeSize").asLong();

        assertThat(api.get("/api/audit/ledger/proof/inclusion?event=no-such-event&size=" + size, "auditor1").status())
                .isEqualTo(404);
        assertThat(api.get("/api/audit/ledger/proof/consistency?from=1&to=" + (size + 1000), "auditor1").status())
                .isEqualTo(422);
        assertThat(api.get("/api/audit/ledger/checkpoint?size=" + (size + 1000), "auditor1").status()).isEqualTo(404);
    }

    @Test
    void onlyAuditorsAdminsAndLeadersReadTheLedger() {
        assertThat(api.get("/api/audit/ledger/checkpoint", null).status()).isEqualTo(401);
        assertThat(api.get("/api/audit/ledger/key", "author1").status()).isEqualTo(403);
        assertThat(api.get("/api/audit/ledger/key", "leader1").status()).isEqualTo(200);
    }

    @Test
    void theApplicationsRoleCannotRewriteTheLedger() {
        documents.draft("不可改写", "正文");
        ledger.awaitCaughtUp();
        ledger.checkpointNow();

        for (String table : List.of("ledger_leaf", "ledger_node", "ledger_checkpoint", "ledger_key")) {
            assertThatThrownBy(() -> appRole.update("delete from " + table)).as(table)
                    .rootCause().hasMessageContaining("permission denied");
        }
        assertThatThrownBy(() -> appRole.update("update ledger_node set hash = hash"))
                .rootCause().hasMessageContaining("permission denied");
    }
}
