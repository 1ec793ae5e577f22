/**
 * Audit reads on the record: every reconstruction, history, diff, verification or export an auditor
 * makes is itself an event ({@code RecordAccessed}), hash-chained and ledgered like any act, and
 * searchable on the query side's {@code audit-events}.
 */
package org.egovarchive.kernel.audit;
