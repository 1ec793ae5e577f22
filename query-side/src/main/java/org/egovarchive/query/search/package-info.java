/**
 * Public search: the shape of a published document in {@code public-documents}
 * ({@link org.egovarchive.query.search.PublicDocument}, written by the projection), the Chinese text
 * normaliser, HanLP words and pinyin used at index and query time, the query built from a citizen's
 * words (synonyms, pinyin, phrases first), corrections, type-ahead, highlighting in the document's own
 * script, and the search API and pages.
 */
package org.egovarchive.query.search;
