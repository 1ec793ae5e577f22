package org.egovarchive.kernel.document;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The document went online on the public site.
 *
 * @param channel     the channel (栏目) it went online in
 * @param publishedAt the publication date shown to the public: the time of the act, or for an
 *                    imported historical record the date it was originally published
 */
@Revision("2")
public record DocumentPublished(
        String documentId,
        String channel,
        Instant publishedAt) implements DocumentEvent {
}
