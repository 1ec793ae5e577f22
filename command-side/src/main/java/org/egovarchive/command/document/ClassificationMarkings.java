package org.egovarchive.command.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds classification markings (密级标志) in a document's text: 绝密, 机密, 秘密 (or their traditional
 * forms) where such markings stand — followed by the star and optionally the period (机密★1年,
 * 秘密★6个月, 绝密★长期), after a 密级 label, in brackets at the head of the title or of a line, or alone
 * on one of the first lines of the body (the 版头 of an official document). The same words in running
 * text (保密工作, 国家秘密, 机密文件的管理) are not markings.
 */
public final class ClassificationMarkings {

    private static final String LEVEL = "(?:绝密|絕密|机密|機密|秘密|祕密)";
    private static final String PERIOD = "(?:\\s*(?:[0-9一二三四五六七八九十]+\\s*(?:年|个月|個月|月|天|日)|长期|長期))?";
    private static final Pattern STARRED = Pattern.compile(LEVEL + "\\s*[★☆*]" + PERIOD);
    private static final Pattern LABELLED = Pattern.compile("密[级級]\\s*[:：]?\\s*" + LEVEL + "(?:\\s*[★☆*]" + PERIOD + ")?");
    private static final Pattern BRACKETED = Pattern.compile("^\\s*[【\\[(〔<《]\\s*" + LEVEL + "\\s*[】\\])〕>》]");
    private static final Pattern ALONE = Pattern.compile("^\\s*" + LEVEL + "\\s*[。.]?\\s*$");
    private static final Pattern TITLE_HEAD = Pattern.compile("^\\s*" + LEVEL + "(?=[\\s:：、,，])");
    private static final int HEAD_LINES = 5;

    private ClassificationMarkings() {
    }

    /** Each marking found, e.g. {@code 机密★1年 (body, line 1)}; empty when there is none. */
    public static List<String> scan(String title, String body) {
        List<String> findings = new ArrayList<>();
        scanTitle(normalize(title), findings);
        scanBody(normalize(body), findings);
        return findings;
    }

    private static void scanTitle(String title, List<String> findings) {
        anywhere(title, "title", findings);
        atHead(title, "title", findings);
        Matcher head = TITLE_HEAD.matcher(title);
        if (head.find()) {
            findings.add(head.group().trim() + " (title)");
        }
    }

    private static void scanBody(String body, List<String> findings) {
        String[] lines = body.split("\\R", -1);
        int nonEmpty = 0;
        for (int i = 0; i < lines.length; i++) {
            String where = "body, line " + (i + 1);
            anywhere(lines[i], where, findings);
            atHead(lines[i], where, findings);
            if (!lines[i].isBlank() && nonEmpty++ < HEAD_LINES && ALONE.matcher(lines[i]).find()) {
                findings.add(lines[i].trim() + " (" + where + ")");
            }
        }
    }

    private static void anywhere(String text, String where, List<String> findings) {
        for (Pattern pattern : List.of(STARRED, LABELLED)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String found = m.group().trim() + " (" + where + ")";
                if (findings.stream().noneMatch(f -> f.contains(m.group().trim()) && f.endsWith("(" + where + ")"))) {
                    findings.add(found);
                }
            }
        }
    }

    private static void atHead(String text, String where, List<String> findings) {
        Matcher m = BRACKETED.matcher(text);
        if (m.find()) {
            findings.add(m.group().trim() + " (" + where + ")");
        }
    }

    private static String normalize(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
