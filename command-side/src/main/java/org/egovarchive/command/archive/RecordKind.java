package org.egovarchive.command.archive;

import org.egovarchive.command.history.RecordRows;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a package holds and checks for one kind of record, beyond what every record gets (its events,
 * their inclusion proofs, its hash chain and its sequence). A new kind — letters ({@code Message}) —
 * is one more implementation registered in {@link RecordKinds}.
 */
interface RecordKind {

    /** The kind's name in URLs and package paths, e.g. {@code document}. */
    String name();

    /** The aggregate type its events are stored under, e.g. {@code Document}. */
    String aggregateType();

    /** Files of the record beyond its events and proofs, by path inside the record's folder. */
    Map<String, byte[]> files(List<RecordRows.Row> rows);

    /** Authenticity checks beyond the chain and the ledger, such as seal signatures (none by default). */
    default List<Check> authenticity(String record, List<RecordRows.Row> rows) {
        return List.of();
    }

    /** The required metadata (DA/T 70 integrity): one check naming what is present and what is missing. */
    Check metadata(String record, List<RecordRows.Row> rows);

    /** Security checks, such as "nothing classified went online" (none by default). */
    default List<Check> security(String record, List<RecordRows.Row> rows) {
        return List.of();
    }

    /** Ids of the seals the record relies on, whose records the package must carry too (none by default). */
    default Set<String> sealsUsed(List<RecordRows.Row> rows) {
        return Set.of();
    }
}
