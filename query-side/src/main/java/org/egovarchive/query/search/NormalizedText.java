package org.egovarchive.query.search;

/**
 * Text folded for matching, with the position in the original text of every folded character,
 * so a match found in the folded form can be shown in the document's own script.
 *
 * @param folded   the folded text
 * @param origin   for each index of {@code folded}, the index of the original character it came from
 */
public record NormalizedText(String folded, int[] origin) {

    /** Start in the original text of the folded range {@code [start, end)}. */
    public int originalStart(int start) {
        return origin[start];
    }

    /** End (exclusive) in the original text of the folded range {@code [start, end)}. */
    public int originalEnd(int end, String original) {
        int last = origin[end - 1];
        return last + Character.charCount(original.codePointAt(last));
    }
}
