/**
 * Public search: the Chinese text normaliser used at index and query time, the query built from
 * a citizen's words, highlighting in the document's own script, and the search API and pages.
 * Reads the {@code public-documents} read model.
 */
package org.egovarchive.query.search;
