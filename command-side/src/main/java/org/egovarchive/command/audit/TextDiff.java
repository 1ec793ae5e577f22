package org.egovarchive.command.audit;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.List;

/**
 * A text diff with java-diff-utils (Myers): line by line, and within each changed line character by
 * character (by code point, so no Chinese character or emoji is split), so a one-character edit in a
 * long paragraph shows as that character. Text stays text: pages escape it when they render it.
 */
public final class TextDiff {

    /**
     * Lines longer than this are compared whole, not character by character: Myers' cost grows with the
     * product of length and differences, and a rewritten page-long paragraph would cost seconds.
     */
    static final int INLINE_LIMIT = 2_000;
    static final int NOISE = 2;

    private TextDiff() {
    }

    /** EQUAL, INSERT and DELETE mark text; CHANGE marks a line whose segments say what changed in it. */
    public enum Op { EQUAL, INSERT, DELETE, CHANGE }

    public record Segment(Op op, String text) {
    }

    /** One line; {@code fromLine} / {@code toLine} are 1-based and absent where the line is not on that side. */
    public record Line(Op op, Integer fromLine, Integer toLine, List<Segment> segments) {
    }

    /** Counts are of lines. */
    public record Result(List<Segment> title, List<Line> lines, int inserted, int deleted, int changed) {
    }

    public static Result of(String fromTitle, String fromBody, String toTitle, String toBody) {
        List<String> from = lines(fromBody);
        List<String> to = lines(toBody);
        List<Line> lines = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to, true).getDeltas()) {
            int fromAt = delta.getSource().getPosition();
            int toAt = delta.getTarget().getPosition();
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            int paired = switch (delta.getType()) {
                case EQUAL, CHANGE -> Math.min(removed.size(), added.size());
                default -> 0;
            };
            for (int i = 0; i < paired; i++) {
                lines.add(switch (delta.getType()) {
                    case EQUAL -> new Line(Op.EQUAL, fromAt + i + 1, toAt + i + 1, List.of(new Segment(Op.EQUAL, removed.get(i))));
                    default -> new Line(Op.CHANGE, fromAt + i + 1, toAt + i + 1, inline(removed.get(i), added.get(i)));
                });
            }
            for (int i = paired; i < removed.size(); i++) {
                lines.add(new Line(Op.DELETE, fromAt + i + 1, null, List.of(new Segment(Op.DELETE, removed.get(i)))));
            }
            for (int i = paired; i < added.size(); i++) {
                lines.add(new Line(Op.INSERT, null, toAt + i + 1, List.of(new Segment(Op.INSERT, added.get(i)))));
            }
        }
        return new Result(inline(fromTitle, toTitle), lines, count(lines, Op.INSERT), count(lines, Op.DELETE),
                count(lines, Op.CHANGE));
    }

    /** What changed within one line, as equal, deleted and inserted runs of text. */
    static List<Segment> inline(String from, String to) {
        if (from.equals(to)) {
            return List.of(new Segment(Op.EQUAL, from));
        }
        List<Segment> segments = new ArrayList<>();
        if (from.length() > INLINE_LIMIT || to.length() > INLINE_LIMIT) {
            add(segments, Op.DELETE, from);
            add(segments, Op.INSERT, to);
            return segments;
        }
        List<Segment> minimal = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(codePoints(from), codePoints(to), true).getDeltas()) {
            switch (delta.getType()) {
                case EQUAL -> add(minimal, Op.EQUAL, String.join("", delta.getSource().getLines()));
                case DELETE -> add(minimal, Op.DELETE, String.join("", delta.getSource().getLines()));
                case INSERT -> add(minimal, Op.INSERT, String.join("", delta.getTarget().getLines()));
                case CHANGE -> {
                    add(minimal, Op.DELETE, String.join("", delta.getSource().getLines()));
                    add(minimal, Op.INSERT, String.join("", delta.getTarget().getLines()));
                }
            }
        }
        return readable(minimal);
    }

    /**
     * The minimal diff of 电子政务 → 数字政府 keeps 政 as common ground: correct, but it reads as noise. A
     * run of at most {@value #NOISE} equal characters between two changes joins the change on both sides.
     */
    private static List<Segment> readable(List<Segment> minimal) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (int i = 0; i < minimal.size(); i++) {
            Segment segment = minimal.get(i);
            boolean changeBefore = !deleted.isEmpty() || !inserted.isEmpty();
            boolean changeAfter = i + 1 < minimal.size();
            if (segment.op() == Op.DELETE) {
                deleted.append(segment.text());
            } else if (segment.op() == Op.INSERT) {
                inserted.append(segment.text());
            } else if (changeBefore && changeAfter && segment.text().codePointCount(0, segment.text().length()) <= NOISE) {
                deleted.append(segment.text());
                inserted.append(segment.text());
            } else {
                flush(segments, deleted, inserted);
                add(segments, Op.EQUAL, segment.text());
            }
        }
        flush(segments, deleted, inserted);
        return segments;
    }

    private static void flush(List<Segment> segments, StringBuilder deleted, StringBuilder inserted) {
        add(segments, Op.DELETE, deleted.toString());
        add(segments, Op.INSERT, inserted.toString());
        deleted.setLength(0);
        inserted.setLength(0);
    }

    private static void add(List<Segment> segments, Op op, String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).op() == op) {
            segments.set(last, new Segment(op, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(op, text));
        }
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\r?\n", -1));
    }

    private static List<String> codePoints(String text) {
        return text.codePoints().mapToObj(Character::toString).toList();
    }

    private static int count(List<Line> lines, Op op) {
        return (int) lines.stream().filter(line -> line.op() == op).count();
    }
}
