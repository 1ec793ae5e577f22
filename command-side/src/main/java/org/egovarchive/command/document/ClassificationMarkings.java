package org.egovarchive.command.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds classification markings (密级标志) in a document's text: 绝密, 机密, 秘密 (or their traditional
 * forms) where such markings stand — followed by the star and optionally the period (机密★1年,
 * 秘密★6个月, 绝密★长期), after a 密级 label, in brackets at the head of the title or of a line, or alone
 * on one of the first lines of the body (the 版头 of an official document). The same words in running
 * text (保密工作, 国家秘密, 机密文件的管理) are not markings.
 *
 * <p>The scan is one pass over the text: every quantifier is possessive (a run of spaces is never
 * re-read to try a shorter split) and repeated findings are dropped through a set. What it returns is
 * bounded whatever the text holds, because it is stored in {@code PublicationBlocked} and answered in a
 * 422: at most {@value #MAX_FINDINGS} findings in text order, each marking cut to
 * {@value #MAX_MARKING} characters, and, when there were more, a last entry saying how many.
 */
public final class ClassificationMarkings {

    static final int MAX_FINDINGS = 10;
    static final int MAX_MARKING = 24;

    private static final String LEVEL = "(?:绝密|絕密|机密|機密|秘密|祕密)";
    private static final String PERIOD = "(?:\\s*+(?:[0-9一二三四五六七八九十]++\\s*+(?:年|个月|個月|月|天|日)|长期|長期))?";
    private static final Pattern STARRED = Pattern.compile(LEVEL + "\\s*+[★☆*]" + PERIOD);
    private static final Pattern LABELLED = Pattern.compile("密[级級]\\s*+[:：]?\\s*+" + LEVEL + "(?:\\s*+[★☆*]" + PERIOD + ")?");
    private static final Pattern BRACKETED = Pattern.compile("\\s*+[【\\[(〔<《]\\s*+" + LEVEL + "\\s*+[】\\])〕>》]");
    private static final Pattern ALONE = Pattern.compile("\\s*+" + LEVEL + "\\s*+[。.]?\\s*+");
    private static final Pattern TITLE_HEAD = Pattern.compile("\\s*+" + LEVEL + "(?=[\\s:：、,，])");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern SPACES = Pattern.compile("\\s++");
    private static final int HEAD_LINES = 5;

    private ClassificationMarkings() {
    }

    /** The markings found, e.g. {@code 机密★1年 (body, line 1)}, bounded as the class says; empty when there is none. */
    public static List<String> scan(String title, String body) {
        Set<String> findings = new LinkedHashSet<>();
        scanTitle(normalize(title), findings);
        scanBody(normalize(body), findings);
        return bounded(findings);
    }

    private static void scanTitle(String title, Set<String> findings) {
        anywhere(title, "title", findings);
        atHead(title, BRACKETED, "title", findings);
        atHead(title, TITLE_HEAD, "title", findings);
    }

    private static void scanBody(String body, Set<String> findings) {
        int line = 0;
        int nonEmpty = 0;
        for (String text : LINE_BREAK.split(body, -1)) {
            String where = "body, line " + ++line;
            anywhere(text, where, findings);
            atHead(text, BRACKETED, where, findings);
            if (!text.isBlank() && nonEmpty++ < HEAD_LINES && ALONE.matcher(text).matches()) {
                findings.add(finding(text, where));
            }
        }
    }

    private static void anywhere(String text, String where, Set<String> findings) {
        for (Pattern pattern : List.of(STARRED, LABELLED)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                findings.add(finding(m.group(), where));
            }
        }
    }

    private static void atHead(String text, Pattern pattern, String where, Set<String> findings) {
        Matcher m = pattern.matcher(text);
        if (m.lookingAt()) {
            findings.add(finding(m.group(), where));
        }
    }

    /** The marking as one would quote it: spaces inside folded to one, a runaway period cut short. */
    private static String finding(String marking, String where) {
        String quoted = SPACES.matcher(marking.strip()).replaceAll(" ");
        if (quoted.length() > MAX_MARKING) {
            quoted = quoted.substring(0, MAX_MARKING - 1) + "…";
        }
        return quoted + " (" + where + ")";
    }

    private static List<String> bounded(Set<String> findings) {
        List<String> kept = new ArrayList<>(Math.min(findings.size(), MAX_FINDINGS + 1));
        for (String finding : findings) {
            if (kept.size() == MAX_FINDINGS) {
                kept.add("… and " + (findings.size() - MAX_FINDINGS) + " more");
                break;
            }
            kept.add(finding);
        }
        return List.copyOf(kept);
    }

    private static String normalize(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
