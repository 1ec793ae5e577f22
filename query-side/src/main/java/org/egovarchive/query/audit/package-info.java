/**
 * Audit search: every event from {@code audit-events} (projected from the stream, all aggregate types,
 * no payloads) by actor, department, type, record and time, as API and page; and every such search
 * itself kept in {@code audit-reads} (who searched for what, when), searchable in turn.
 */
package org.egovarchive.query.audit;
