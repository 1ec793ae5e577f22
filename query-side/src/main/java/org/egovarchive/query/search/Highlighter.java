package org.egovarchive.query.search;

import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Marks query terms in a document's own text. Terms are found in the folded form (so 电子政务 finds
 * 電子政務) and the marks are placed on the original characters. The result is HTML in which
 * everything is escaped except the {@code <em>} marks.
 */
public final class Highlighter {

    private static final int LEAD = 30;
    /** Characters folded first when a text is long. */
    private static final int HEAD = 2000;
    /** How far from the head's cut a fragment must end to be trusted without folding the rest. */
    private static final int SAFETY = 100;

    private Highlighter() {
    }

    /**
     * A fragment of about {@code length} characters around the first match, or the text's start. Long
     * texts are folded a head at a time (most matches come early, and folding a whole long body for every
     * hit of every page is most of a search's own work); the whole text is folded only when the head
     * holds no match whose fragment ends well inside it.
     */
    public static String snippet(String original, String[] terms, int length) {
        return snippet(original, singles(terms), length);
    }

    /** The same, with groups of terms: a group is marked only where the text holds all its members. */
    public static String snippet(String original, List<List<String>> terms, int length) {
        int head = HEAD + length;
        if (original.length() > 2 * head) {
            String prefix = original.substring(0, Character.isHighSurrogate(original.charAt(head - 1)) ? head - 1 : head);
            List<int[]> spans = spans(ChineseText.normalize(prefix), prefix, terms);
            // a fragment ending before the head's last SAFETY characters cannot miss a match the cut split
            if (!spans.isEmpty() && Math.max(0, spans.get(0)[0] - LEAD) + length <= prefix.length() - SAFETY) {
                return fragment(original, spans, length);
            }
        }
        return fragment(original, spans(ChineseText.normalize(original), original, terms), length);
    }

    private static String fragment(String original, List<int[]> spans, int length) {
        int start = spans.isEmpty() ? 0 : Math.max(0, spans.get(0)[0] - LEAD);
        int end = Math.min(original.length(), start + length);
        String html = mark(original, spans, start, end);
        return (start > 0 ? "…" : "") + html + (end < original.length() ? "…" : "");
    }

    /** The whole text with every match marked. */
    public static String full(String original, String[] terms) {
        return full(original, singles(terms));
    }

    /** The same, with groups of terms: a group is marked only where the text holds all its members. */
    public static String full(String original, List<List<String>> terms) {
        NormalizedText normalized = ChineseText.normalize(original);
        return mark(original, spans(normalized, original, terms), 0, original.length());
    }

    private static List<List<String>> singles(String[] terms) {
        return Arrays.stream(terms).map(List::of).toList();
    }

    private static List<int[]> spans(NormalizedText text, String original, List<List<String>> groups) {
        List<int[]> found = new ArrayList<>();
        String folded = text.folded();
        for (List<String> group : groups) {
            if (group.stream().anyMatch(term -> term.isEmpty() || !folded.contains(term))) {
                continue;
            }
            for (String term : group) {
                for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length())) {
                    found.add(new int[]{text.originalStart(at), text.originalEnd(at + term.length(), original)});
                }
            }
        }
        found.sort(Comparator.comparingInt(s -> s[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] span : found) {
            if (!merged.isEmpty() && span[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    private static String mark(String original, List<int[]> spans, int start, int end) {
        StringBuilder html = new StringBuilder();
        int at = start;
        for (int[] span : spans) {
            if (span[1] <= start || span[0] >= end) {
                continue;
            }
            int s = Math.max(span[0], start);
            int e = Math.min(span[1], end);
            html.append(escape(original.substring(at, s)))
                    .append("<em>").append(escape(original.substring(s, e))).append("</em>");
            at = e;
        }
        html.append(escape(original.substring(at, end)));
        return html.toString();
    }

    /** Escapes only what HTML needs (&lt; &gt; &amp; quotes); other characters stay as they are in UTF-8. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
