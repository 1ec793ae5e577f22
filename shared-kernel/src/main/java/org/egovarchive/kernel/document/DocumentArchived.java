package org.egovarchive.kernel.document;

import org.axonframework.serialization.Revision;

/**
 * The document was filed for keeping; {@code retentionYears} is its retention period, 0 for
 * permanent (永久).
 */
@Revision("1")
public record DocumentArchived(String documentId, int retentionYears) implements DocumentEvent {
}
