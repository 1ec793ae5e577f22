/**
 * Audit on the command side, which holds the event store: any document, letter or seal as it stood at
 * any instant, its timeline, document diffs and verification — as API and as pages for people — each read
 * recorded as a {@code RecordAccessed} event of its own {@code AccessRecord} (auditors, admins, leaders).
 */
package org.egovarchive.command.audit;
