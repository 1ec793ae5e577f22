/**
 * A record's history read back from the event store: folded with its kind's one fold (from the shared
 * kernel) — the record now, as it stood at an instant, or step by step for the audit's content versions
 * and checks — and, for the export package and the audit timeline, its stored rows exactly as they are
 * in the table.
 */
package org.egovarchive.command.history;
