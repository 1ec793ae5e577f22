package org.egovarchive.command.audit;

import org.egovarchive.command.document.DocumentDetail;
import org.egovarchive.command.document.DocumentReader;
import org.egovarchive.command.history.RecordHistory;
import org.egovarchive.command.message.LetterDetail;
import org.egovarchive.command.message.MessageReader;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.seal.SealRegistry;
import org.egovarchive.kernel.document.DocumentEvent;
import org.egovarchive.kernel.document.DocumentRecord;
import org.egovarchive.kernel.document.DocumentSealed;
import org.egovarchive.kernel.event.EventMetadata;
import org.egovarchive.kernel.seal.SealRecord;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;



/**
 * A record as it stood at an instant: its events up to then, folded with its kind's one fold (the
 * kernel's document, letter and seal records), shown as the API shows it. For a document it also names every seal
 * applied up to then — which seal, which keeper in which role and department, when, on which content
 * version — and whether seal and keeper were valid at that moment.
 */
@Component
public class Reconstruction {

    private final DocumentReader documents;
    private final MessageReader letters;
    private final SealRegistry seals;

    public Reconstruction(DocumentReader documents, MessageReader letters, SealRegistry seals) {
        this.documents = documents;
        this.letters = letters;
        this.seals = seals;
    }

    /**
     * @param at             the instant asked for; null for now
     * @param eventsApplied  how many of its events were recorded by then
     * @param eventsRecorded how many it has now
     * @param state          the document, letter or seal as its events made it
     * @param sealings       documents only: every seal applied up to then, oldest first
     */
    public record RecordState(String kind, String id, Instant at, long eventsApplied, long eventsRecorded, Object state,
                              List<Sealing> sealings) {
    }

    /**
     * One seal applied to a document. {@code current}: it still covered the document's content at the
     * instant asked for (a later edit voids a seal).
     */
    public record Sealing(long sequence, Instant sealedAt, String sealId, String sealName, String sealDepartment,
                          String keeper, String keeperRole, String keeperDepartment, long contentVersion,
                          boolean current, boolean sealValidThen, boolean keeperAuthorisedThen) {
    }

    public RecordState at(RecordHeaders.Header header, Instant at) {
        Instant until = at == null ? Instant.MAX : at;
        return switch (header.kind()) {
            case DOCUMENT -> document(header, at, until);
            case MESSAGE -> letters.at(header.id(), until)
                    .map(letter -> state(header, at, letter.version(), LetterDetail.of(letter), List.of()))
                    .orElseThrow(() -> notYet(header, at));
            case SEAL -> seals.at(header.id(), until)
                    .map(seal -> state(header, at, seal.version(), seal, List.of()))
                    .orElseThrow(() -> notYet(header, at));
        };
    }

    private RecordState document(RecordHeaders.Header header, Instant at, Instant until) {
        List<RecordHistory.Step<DocumentRecord, DocumentEvent>> steps = documents.steps(header.id(), until);
        if (steps.isEmpty()) {
            throw notYet(header, at);
        }
        DocumentRecord document = steps.get(steps.size() - 1).after();
        return state(header, at, document.version(), DocumentDetail.of(document), sealings(steps, document));
    }

    private List<Sealing> sealings(List<RecordHistory.Step<DocumentRecord, DocumentEvent>> steps, DocumentRecord then) {
        Map<String, Optional<SealRecord>> sealsById = new HashMap<>();
        return steps.stream().filter(step -> step.event() instanceof DocumentSealed).map(step -> {
            DocumentSealed e = (DocumentSealed) step.event();
            Optional<SealRecord> seal = sealsById.computeIfAbsent(e.sealId(), seals::find);
            Instant at = step.at();
            boolean current = then.seal() != null && then.seal().sealedAt().equals(at)
                    && then.seal().contentVersion() == e.contentVersion();
            return new Sealing(step.sequence(), at, e.sealId(), seal.map(SealRecord::name).orElse(null),
                    seal.map(SealRecord::department).orElse(null), e.keeper(), step.metadata(EventMetadata.ROLE),
                    step.metadata(EventMetadata.DEPARTMENT), e.contentVersion(), current,
                    seal.map(s -> s.validAt(at)).orElse(false), seal.map(s -> s.keeperAt(e.keeper(), at)).orElse(false));
        }).toList();
    }

    private static RecordState state(RecordHeaders.Header header, Instant at, long lastSequence, Object state,
                                     List<Sealing> sealings) {
        return new RecordState(header.kind().urlName(), header.id(), at, lastSequence + 1, header.events(), state, sealings);
    }

    private static ActRefused notYet(RecordHeaders.Header header, Instant at) {
        return ActRefused.notFound("not-yet", header.kind().urlName() + " " + header.id() + " did not exist yet at " + at
                + "; its first event was recorded at " + header.firstRecordedAt());
    }
}
