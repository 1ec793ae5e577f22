package org.egovarchive.infra.verifier;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classification markings (密级标志) in a text, as docs/ledger.md ("Classification markings") defines
 * them: 绝密, 机密, 秘密 (or their traditional forms) followed by a star, after a 密级 label, in brackets at
 * the head of the title or of a line, alone on one of the first five non-empty lines of the body, or
 * opening the title. Text is NFKC-normalised first. Every quantifier is possessive, so a hostile run of
 * spaces is read once, not once per way of splitting it.
 */
final class Markings {

    private static final String LEVEL = "(?:绝密|絕密|机密|機密|秘密|祕密)";
    private static final String PERIOD = "(?:\\s*+(?:[0-9一二三四五六七八九十]++\\s*+(?:年|个月|個月|月|天|日)|长期|長期))?";
    private static final List<Pattern> ANYWHERE = List.of(
            Pattern.compile(LEVEL + "\\s*+[★☆*]" + PERIOD),
            Pattern.compile("密[级級]\\s*+[:：]?\\s*+" + LEVEL + "(?:\\s*+[★☆*]" + PERIOD + ")?"));
    private static final Pattern BRACKETED = Pattern.compile("^\\s*+[【\\[(〔<《]\\s*+" + LEVEL + "\\s*+[】\\])〕>》]");
    private static final Pattern ALONE = Pattern.compile("^\\s*+" + LEVEL + "\\s*+[。.]?\\s*+$");
    private static final Pattern TITLE_HEAD = Pattern.compile("^\\s*+" + LEVEL + "(?=[\\s:：、,，])");
    private static final int HEAD_LINES = 5;

    private Markings() {
    }

    static List<String> scan(String title, String body) {
        List<String> found = new ArrayList<>();
        String t = normalize(title);
        find(t, found);
        if (BRACKETED.matcher(t).find() || TITLE_HEAD.matcher(t).find()) {
            found.add(t.trim() + " (title)");
        }
        int nonEmpty = 0;
        for (String line : normalize(body).split("\\R", -1)) {
            find(line, found);
            if (BRACKETED.matcher(line).find()) {
                found.add(line.trim());
            }
            if (!line.isBlank() && nonEmpty++ < HEAD_LINES && ALONE.matcher(line).find()) {
                found.add(line.trim());
            }
        }
        return found;
    }

    private static void find(String text, List<String> found) {
        for (Pattern pattern : ANYWHERE) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found.add(m.group().trim());
            }
        }
    }

    private static String normalize(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
