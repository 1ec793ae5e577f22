package org.egovarchive.query.search;

import com.hankcs.hanlp.HanLP;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one normaliser of the public search, applied to documents before they are indexed and to
 * queries before they are sent: NFKC (full-width letters and digits fold), lower case,
 * traditional → simplified Chinese (HanLP), and pinyin annotations after a character
 * ({@code 務(wù)}) dropped so they do not split words. Elasticsearch here has no Chinese analysis,
 * so this work happens in Java.
 */
public final class ChineseText {

    private static final Pattern PINYIN_ANNOTATION = Pattern.compile(
            "(?<=\\p{IsHan})\\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,7})\\)");

    private ChineseText() {
    }

    /** The folded form of {@code text}, for queries and index fields. */
    public static String fold(String text) {
        return normalize(text).folded();
    }

    public static NormalizedText normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length() * 2 + 4];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String one = Character.toString(cp);
            String folded = isNfkcStable(cp) ? one : Normalizer.normalize(one, Normalizer.Form.NFKC);
            for (int k = 0; k < folded.length(); k++) {
                if (n == origin.length) {
                    origin = Arrays.copyOf(origin, origin.length * 2);
                }
                out.append(Character.toLowerCase(folded.charAt(k)));
                origin[n++] = i;
            }
            i += Character.charCount(cp);
        }
        String simplified = toSimplified(out.toString());
        return dropPinyinAnnotations(simplified, Arrays.copyOf(origin, n));
    }

    /**
     * ASCII and the CJK Unified Ideographs are their own NFKC form: nearly all of a Chinese text skips
     * the per-character normalisation, which highlighting every hit's body would otherwise pay for.
     */
    private static boolean isNfkcStable(int cp) {
        return cp < 0x80 || (cp >= 0x4E00 && cp <= 0x9FFF);
    }

    /** HanLP converts by phrase; where a phrase changes length, fall back to character by character to keep positions. */
    private static String toSimplified(String text) {
        String converted = HanLP.convertToSimplifiedChinese(text);
        if (converted.length() == text.length()) {
            return converted;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String one = HanLP.convertToSimplifiedChinese(String.valueOf(text.charAt(i)));
            out.append(one.length() == 1 ? one.charAt(0) : text.charAt(i));
        }
        return out.toString();
    }

    private static NormalizedText dropPinyinAnnotations(String text, int[] origin) {
        Matcher m = PINYIN_ANNOTATION.matcher(text);
        if (!m.find()) {
            return new NormalizedText(text, origin);
        }
        StringBuilder out = new StringBuilder(text.length());
        int[] kept = new int[origin.length];
        int n = 0;
        int from = 0;
        do {
            for (int i = from; i < m.start(); i++) {
                out.append(text.charAt(i));
                kept[n++] = origin[i];
            }
            from = m.end();
        } while (m.find());
        for (int i = from; i < text.length(); i++) {
            out.append(text.charAt(i));
            kept[n++] = origin[i];
        }
        return new NormalizedText(out.toString(), Arrays.copyOf(kept, n));
    }

    /** Splits a folded query into its terms (whitespace separated), at most {@code max}. */
    public static String[] terms(String foldedQuery, int max) {
        return Arrays.stream(foldedQuery.trim().split("\\s+"))
                .filter(t -> !t.isBlank())
                .distinct()
                .limit(max)
                .toArray(String[]::new);
    }
}
