package org.egovarchive.query.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds, in a title, the stretch closest to a query term that matched nothing — by characters,
 * where a character with the same pinyin costs only half (the typical slip of a pinyin input method:
 * 电子政物 for 电子政务), or, for a pinyin term, by letters over the title's syllables.
 */
final class Correction {

    /** A stretch of a folded title and how far it is from the term (edits). */
    record Match(String text, double distance) {
    }

    private static final double HOMOPHONE = 0.5;

    private Correction() {
    }

    /** The closest stretch of {@code title} to a term written in characters. */
    static Match byCharacters(String term, String title) {
        String[] termSyllables = PinyinText.perCharacter(term);
        String[] titleSyllables = PinyinText.perCharacter(title);
        int m = term.length();
        int n = title.length();
        double[][] cost = new double[m + 1][n + 1];
        int[][] start = new int[m + 1][n + 1];
        for (int j = 0; j <= n; j++) {
            start[0][j] = j;
        }
        for (int i = 1; i <= m; i++) {
            cost[i][0] = i;
            for (int j = 1; j <= n; j++) {
                double substitute = cost[i - 1][j - 1] + substitution(term.charAt(i - 1), title.charAt(j - 1),
                        termSyllables[i - 1], titleSyllables[j - 1]);
                double skipTerm = cost[i - 1][j] + 1;
                double skipTitle = cost[i][j - 1] + 1;
                cost[i][j] = Math.min(substitute, Math.min(skipTerm, skipTitle));
                start[i][j] = cost[i][j] == substitute ? start[i - 1][j - 1] : cost[i][j] == skipTerm ? start[i - 1][j] : start[i][j - 1];
            }
        }
        int best = 0;
        for (int j = 1; j <= n; j++) {
            if (cost[m][j] < cost[m][best]) {
                best = j;
            }
        }
        return new Match(title.substring(start[m][best], best), cost[m][best]);
    }

    private static double substitution(char a, char b, String syllableA, String syllableB) {
        if (a == b) {
            return 0;
        }
        return syllableA != null && syllableA.equals(syllableB) ? HOMOPHONE : 1;
    }

    /** The closest run of whole syllables of {@code title} to a pinyin term, as the characters they spell. */
    static Match byPinyin(String letters, String title) {
        String[] syllables = PinyinText.perCharacter(title);
        Match best = new Match("", Double.MAX_VALUE);
        int runStart = 0;
        for (int i = 0; i <= syllables.length; i++) {
            if (i == syllables.length || syllables[i] == null) {
                if (i > runStart) {
                    Match match = inRun(letters, title, syllables, runStart, i);
                    if (match.distance() < best.distance()) {
                        best = match;
                    }
                }
                runStart = i + 1;
            }
        }
        return best;
    }

    /** Edit distance over the letters of one run of Chinese characters; a match starts and ends on syllable bounds. */
    private static Match inRun(String letters, String title, String[] syllables, int from, int to) {
        StringBuilder run = new StringBuilder();
        List<Integer> bounds = new ArrayList<>();
        bounds.add(0);
        for (int c = from; c < to; c++) {
            run.append(syllables[c]);
            bounds.add(run.length());
        }
        int m = letters.length();
        int n = run.length();
        int infinity = m + n + 1;
        int[][] cost = new int[m + 1][n + 1];
        int[][] start = new int[m + 1][n + 1];
        for (int j = 0; j <= n; j++) {
            cost[0][j] = bounds.contains(j) ? 0 : infinity;
            start[0][j] = j;
        }
        for (int i = 1; i <= m; i++) {
            cost[i][0] = i;
            for (int j = 1; j <= n; j++) {
                int substitute = cost[i - 1][j - 1] + (letters.charAt(i - 1) == run.charAt(j - 1) ? 0 : 1);
                int skipTerm = cost[i - 1][j] + 1;
                int skipRun = cost[i][j - 1] + 1;
                cost[i][j] = Math.min(substitute, Math.min(skipTerm, skipRun));
                start[i][j] = cost[i][j] == substitute ? start[i - 1][j - 1] : cost[i][j] == skipTerm ? start[i - 1][j] : start[i][j - 1];
            }
        }
        int bestEnd = -1;
        for (int b = 1; b < bounds.size(); b++) {
            int j = bounds.get(b);
            if (bestEnd < 0 || cost[m][j] < cost[m][bestEnd]) {
                bestEnd = j;
            }
        }
        int first = bounds.indexOf(start[m][bestEnd]);
        if (first < 0 || cost[m][bestEnd] >= infinity) {
            return new Match("", Double.MAX_VALUE);
        }
        return new Match(title.substring(from + first, from + bounds.indexOf(bestEnd)), cost[m][bestEnd]);
    }
}
