package org.egovarchive.query.search;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pinyin without tones, so {@code dianzi zhengwu}, {@code dianzizhengwu} and {@code diànzǐ zhèngwù}
 * all find 电子政务. Titles are indexed as syllables ({@code dian zi zheng wu}); a Latin query is
 * stripped of tones and cut into syllables, the fewest that cover it.
 */
public final class PinyinText {

    private static final Set<String> SYLLABLES = Arrays.stream(Pinyin.values())
            .map(Pinyin::getPinyinWithoutTone).filter(s -> !"none".equals(s)).collect(Collectors.toUnmodifiableSet());
    private static final int LONGEST = SYLLABLES.stream().mapToInt(String::length).max().orElse(6);
    private static final Pattern LATIN = Pattern.compile("[a-z]+");

    private PinyinText() {
    }

    /** For each character of folded text, its toneless syllable, or null if it is not a Chinese character. */
    public static String[] perCharacter(String folded) {
        List<Pinyin> pinyin = HanLP.convertToPinyinList(folded);
        String[] out = new String[folded.length()];
        for (int i = 0; i < out.length && i < pinyin.size(); i++) {
            String syllable = pinyin.get(i).getPinyinWithoutTone();
            out[i] = Character.UnicodeScript.of(folded.charAt(i)) == Character.UnicodeScript.HAN && !"none".equals(syllable)
                    ? syllable : null;
        }
        return out;
    }

    /** Folded text as space-separated syllables; runs of letters and digits stay as they are, anything else separates. */
    public static String forIndex(String folded) {
        String[] syllables = perCharacter(folded);
        StringBuilder out = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (syllables[i] != null) {
                out.append(' ').append(syllables[i]);
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                out.append(inWord ? "" : " ").append(c);
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return out.toString().strip();
    }

    /** The first letters of the syllables ({@code dzzw}), for type-ahead. */
    public static String initials(String folded) {
        StringBuilder out = new StringBuilder();
        for (String syllable : perCharacter(folded)) {
            if (syllable != null) {
                out.append(syllable.charAt(0));
            }
        }
        return out.toString();
    }

    /** A query word as toneless Latin letters ({@code diànzǐ} → {@code dianzi}; ü → v, as HanLP writes it). */
    public static String toneless(String word) {
        String decomposed = Normalizer.normalize(word.replaceAll("[üǖǘǚǜ]", "v"), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace("'", "");
    }

    /** The syllables of a Latin query word, if it is pinyin: {@code dianzizhengwu} → dian zi zheng wu. */
    public static Optional<List<String>> syllables(String word) {
        String letters = toneless(word);
        if (!LATIN.matcher(letters).matches()) {
            return Optional.empty();
        }
        int n = letters.length();
        int[] fewest = new int[n + 1];
        int[] cut = new int[n + 1];
        Arrays.fill(fewest, Integer.MAX_VALUE);
        fewest[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - LONGEST); start < end; start++) {
                if (fewest[start] != Integer.MAX_VALUE && fewest[start] + 1 < fewest[end]
                        && SYLLABLES.contains(letters.substring(start, end))) {
                    fewest[end] = fewest[start] + 1;
                    cut[end] = start;
                }
            }
        }
        if (fewest[n] == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (int end = n; end > 0; end = cut[end]) {
            out.add(0, letters.substring(cut[end], end));
        }
        return Optional.of(out);
    }

    /** The runs of folded text whose syllables are {@code wanted}, in order: what a pinyin query found, to highlight. */
    public static List<String> findHan(String folded, List<String> wanted) {
        String[] syllables = perCharacter(folded);
        List<String> found = new ArrayList<>();
        for (int start = 0; start + wanted.size() <= syllables.length; start++) {
            int k = 0;
            while (k < wanted.size() && wanted.get(k).equals(syllables[start + k])) {
                k++;
            }
            if (k == wanted.size()) {
                found.add(folded.substring(start, start + k));
            }
        }
        return found;
    }
}
