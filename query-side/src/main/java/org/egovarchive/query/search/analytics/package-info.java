/**
 * Search analytics: every public query counted (normalised text, hits, zero-result flag, time —
 * nothing about who asked) into {@code search-analytics}, written in the background; top and
 * zero-result queries of a period for admins.
 */
package org.egovarchive.query.search.analytics;
