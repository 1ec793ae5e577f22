package org.egovarchive.command.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.egovarchive.command.document.DocumentSnapshot;
import org.egovarchive.command.message.MessageReader;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.seal.SealRegistry;
import org.egovarchive.command.seal.SealState;
import org.egovarchive.kernel.document.DocumentDrafted;
import org.egovarchive.kernel.document.DocumentSealed;
import org.egovarchive.kernel.event.EventMetadata;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A record as it stood at an instant: its events up to then, folded with the aggregate's own fold
 * ({@link DocumentSnapshot}, the letter's and the seal's). For a document it also names every seal
 * applied up to then — which seal, which keeper in which role and department, when, on which content
 * version — and whether seal and keeper were valid at that moment.
 */
@Component
public class Reconstruction {

    private final EventStore events;
    private final MessageReader letters;
    private final SealRegistry seals;

    public Reconstruction(EventStore events, MessageReader letters, SealRegistry seals) {
        this.events = events;
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
                    .map(letter -> state(header, at, letter.version(), letter, List.of()))
                    .orElseThrow(() -> notYet(header, at));
            case SEAL -> seals.at(header.id(), until)
                    .map(seal -> state(header, at, seal.version(), seal, List.of()))
                    .orElseThrow(() -> notYet(header, at));
        };
    }

    private RecordState document(RecordHeaders.Header header, Instant at, Instant until) {
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(header.id());
        DocumentSnapshot document = null;
        List<DomainEventMessage<?>> sealed = new ArrayList<>();
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(until)) {
                break;
            }
            if (document == null) {
                if (!(event.getPayload() instanceof DocumentDrafted drafted)) {
                    break;
                }
                document = DocumentSnapshot.drafted(drafted, event.getSequenceNumber(), event.getTimestamp());
                continue;
            }
            if (event.getPayload() instanceof DocumentSealed) {
                sealed.add(event);
            }
            document = document.apply(event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
        }
        if (document == null) {
            throw notYet(header, at);
        }
        return state(header, at, document.version(), document, sealings(sealed, document));
    }

    private List<Sealing> sealings(List<DomainEventMessage<?>> sealed, DocumentSnapshot then) {
        Map<String, Optional<SealState>> sealsById = new HashMap<>();
        return sealed.stream().map(event -> {
            DocumentSealed e = (DocumentSealed) event.getPayload();
            Optional<SealState> seal = sealsById.computeIfAbsent(e.sealId(), seals::find);
            Instant at = event.getTimestamp();
            boolean current = then.seal() != null && then.seal().sealedAt().equals(at)
                    && then.seal().contentVersion() == e.contentVersion();
            return new Sealing(event.getSequenceNumber(), at, e.sealId(), seal.map(SealState::name).orElse(null),
                    seal.map(SealState::department).orElse(null), e.keeper(), metadata(event, EventMetadata.ROLE),
                    metadata(event, EventMetadata.DEPARTMENT), e.contentVersion(), current,
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

    private static String metadata(DomainEventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
