package org.egovarchive.query.search.bestbets;

import java.time.Instant;

/**
 * One document pinned to one normalised query.
 *
 * @param query      the query as analytics and searches key it (folded, terms joined by a space)
 * @param documentId the pinned published document
 */
public record BestBet(String query, String documentId, String pinnedBy, Instant pinnedAt) {
}
