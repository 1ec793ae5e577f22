/**
 * Best bets: documents staff pin to a query so they come first, marked, on its first page. Kept by
 * the query side itself in {@code best-bets} (configuration, not a record of the government's acts,
 * so not derived from events; a rebuild must carry the index over).
 */
package org.egovarchive.query.search.bestbets;
