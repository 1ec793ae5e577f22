package org.egovarchive.command.demo;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.egovarchive.command.dispatch.Commands;
import org.egovarchive.command.document.DraftDocument;
import org.egovarchive.command.document.PublishDocument;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
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
import java.util.UUID;

/**
 * Loads the demo records through the same commands staff would send. Ids are derived from a
 * fixed name, so a second load finds each record already there and skips it.
 */
public class DemoData {

    static final String SPEECH_ID = UUID.nameUUIDFromBytes("egov-demo:document:speech".getBytes(StandardCharsets.UTF_8)).toString();
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final Actor AUTHOR1 = new Actor("author1", StaffRole.AUTHOR, "info-center");

    private final Commands commands;

    public DemoData(Commands commands) {
        this.commands = commands;
    }

    /** Loads what is missing; returns what it did, one line per step. */
    public List<String> load() {
        List<String> report = new ArrayList<>();
        step(report, "draft the seed speech", () -> commands.send(new DraftDocument(SPEECH_ID, "政务动态", DocType.SPEECH,
                Classification.PUBLIC, "电子政务应用动员会发言", speech(), AUTHOR1), AUTHOR1));
        step(report, "publish the seed speech", () -> commands.send(new PublishDocument(SPEECH_ID,
                OffsetDateTime.parse("2022-06-08T09:46:00+08:00").toInstant(), AUTHOR1), AUTHOR1));
        return report;
    }

    private static void step(List<String> report, String what, Runnable act) {
        try {
            act.run();
            report.add(what + ": done");
        } catch (AggregateStreamCreationException | ConcurrencyException | ActRefused alreadyThere) {
            report.add(what + ": already there");
        }
        log.info("demo data: {}", report.get(report.size() - 1));
    }

    private static String speech() {
        try (var in = new ClassPathResource("demo/speech.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
