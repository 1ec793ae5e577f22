package org.egovarchive.command.demo;

import org.egovarchive.command.dispatch.Commands;
import org.egovarchive.command.document.DocumentCommands.ApproveDocument;
import org.egovarchive.command.document.DocumentCommands.PublishDocument;
import org.egovarchive.command.document.DocumentCommands.SealDocument;
import org.egovarchive.command.document.DocumentCommands.SubmitDocument;
import org.egovarchive.command.document.DocumentReader;
import org.egovarchive.command.document.DraftDocument;
import org.egovarchive.command.seal.SealCommands.AuthorizeKeeper;
import org.egovarchive.command.seal.SealCommands.RegisterSeal;
import org.egovarchive.command.seal.SealKeyStore;
import org.egovarchive.command.seal.SealRegistry;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.document.DocumentRecord;
import org.egovarchive.kernel.document.DocumentState;
import org.egovarchive.kernel.seal.SealAlgorithm;
import org.egovarchive.kernel.staff.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Loads the demo records through the same commands staff would send, as the demo users. Ids are
 * derived from fixed names, and each step first looks at what is already recorded, so a second load
 * finds everything there and changes nothing.
 */
public class DemoData {

    public static final String SPEECH_ID = id("document:speech");
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final Actor ADMIN1 = new Actor("admin1", StaffRole.ADMIN, "office");
    private static final Actor AUTHOR1 = new Actor("author1", StaffRole.AUTHOR, "info-center");
    private static final Actor APPROVER1 = new Actor("approver1", StaffRole.APPROVER, "info-center");
    private static final Actor KEEPER1 = new Actor("keeper1", StaffRole.SEAL_KEEPER, "info-center");

    private final Commands commands;
    private final DocumentReader documents;
    private final SealRegistry seals;
    private final SealKeyStore keys;
    private final List<String> report = new ArrayList<>();

    private final DemoLetters letters;

    public DemoData(Commands commands, DocumentReader documents, SealRegistry seals, SealKeyStore keys, DemoLetters letters) {
        this.commands = commands;
        this.documents = documents;
        this.seals = seals;
        this.keys = keys;
        this.letters = letters;
    }

    /** Loads what is missing; returns what it did, one line per step. */
    public synchronized List<String> load() {
        report.clear();
        seal("info-center", "市信息中心电子印章", "keeper1");
        seal("housing", "市住建局电子印章", "keeper2");
        speech();
        loadLetters();
        return List.copyOf(report);
    }

    static String sealId(String department) {
        return id("seal:" + department);
    }

    private void seal(String department, String name, String keeper) {
        String sealId = sealId(department);
        if (seals.find(sealId).isPresent()) {
            note("seal of " + department + ": already there");
            return;
        }
        if (keys.contains(sealId)) {
            // a key from a load that stopped before its seal was recorded: nobody can have used it
            keys.delete(sealId);
        }
        String publicKey = keys.generate(sealId, SealAlgorithm.SM2);
        commands.send(new RegisterSeal(sealId, name, department, SealAlgorithm.SM2.name(), publicKey, ADMIN1));
        commands.send(new AuthorizeKeeper(sealId, keeper, ADMIN1));
        note("seal of " + department + " (SM2, keeper " + keeper + "): done");
    }

    private void speech() {
        Optional<DocumentRecord> existing = documents.current(SPEECH_ID);
        if (existing.isPresent() && existing.get().state() == DocumentState.PUBLISHED) {
            note("seed speech, published: already there");
            return;
        }
        if (existing.isEmpty()) {
            commands.send(new DraftDocument(SPEECH_ID, "政务动态", DocType.SPEECH, Classification.PUBLIC,
                    "电子政务应用动员会发言", text("demo/speech.txt"), null, AUTHOR1));
        }
        advance(DocumentState.DRAFT, () -> commands.send(new SubmitDocument(SPEECH_ID, AUTHOR1)));
        advance(DocumentState.SUBMITTED, () -> commands.send(new ApproveDocument(SPEECH_ID, "同意发布", APPROVER1)));
        advance(DocumentState.APPROVED, () -> commands.send(new SealDocument(SPEECH_ID, sealId("info-center"), KEEPER1)));
        advance(DocumentState.SEALED, () -> commands.send(new PublishDocument(SPEECH_ID,
                OffsetDateTime.parse("2022-06-08T09:46:00+08:00").toInstant(), AUTHOR1)));
        note("seed speech drafted by author1, approved by approver1, sealed by keeper1, published: done");
    }

    private void loadLetters() {
        try {
            int added = letters.load();
            note(added == 0 ? DemoLetters.COUNT + " letters of the last twelve months: already there"
                    : added + " of " + DemoLetters.COUNT + " letters of the last twelve months: done");
        } catch (Exception e) {
            throw new IllegalStateException("loading the demo letters failed", e);
        }
    }

    private void advance(DocumentState from, Runnable act) {
        if (documents.current(SPEECH_ID).map(DocumentRecord::state).orElseThrow() == from) {
            act.run();
        }
    }

    private void note(String line) {
        report.add(line);
        log.info("demo data: {}", line);
    }

    private static String id(String name) {
        return UUID.nameUUIDFromBytes(("egov-demo:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String text(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
