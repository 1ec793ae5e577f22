/**
 * Public search: the Chinese text normaliser, HanLP words and pinyin used at index and query time,
 * the query built from a citizen's words (synonyms, pinyin, phrases first), corrections, type-ahead,
 * highlighting in the document's own script, and the search API and pages. Reads {@code public-documents}.
 */
package org.egovarchive.query.search;
