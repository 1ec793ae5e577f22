package org.egovarchive.command.document;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures for the classification scan, printed, not asserted ({@code ./egov bench scan}): for bodies
 * of 709 KB built to hurt a scan (a marking on every line, long runs of spaces where a marking's parts
 * may be spaced), the time against the same size of ordinary text, and the time at twice the size
 * against once (about 2 for a linear scan, 4 for a quadratic one).
 */
class ClassificationScanBenchmark {

    private static final int BYTES = 709 * 1024;
    private static final int ROUNDS = 5;

    @Test
    void scanTimeGrowsWithTheTextNotItsSquare() {
        Map<String, String> units = new LinkedHashMap<>();
        units.put("ordinary text (baseline)", "电子政务建设取得明显效果。\n");
        units.put("a marking on every line", "机密★1年\n");
        units.put("密级 and a run of spaces", "密级" + " ".repeat(4096) + "x");
        units.put("a level word and spaces", "秘密" + " ".repeat(4096) + "。x\n");
        double baseline = 0;
        for (Map.Entry<String, String> unit : units.entrySet()) {
            double once = millis(body(unit.getValue(), BYTES));
            double twice = millis(body(unit.getValue(), 2 * BYTES));
            if (baseline == 0) {
                baseline = once;
            }
            System.out.printf("scan %-26s 709 KB %8.1f ms (%5.1f × baseline); 1418 KB %8.1f ms (growth %4.2f)%n",
                    unit.getKey(), once, once / baseline, twice, twice / once);
        }
        assertThat(ClassificationMarkings.scan("通知", body("机密★1年\n", BYTES))).hasSize(ClassificationMarkings.MAX_FINDINGS + 1);
    }

    private static String body(String unit, int bytes) {
        return unit.repeat(bytes / unit.getBytes(StandardCharsets.UTF_8).length);
    }

    /** The best of a few rounds after one warm-up, so a busy machine's pauses do not count. */
    private static double millis(String body) {
        ClassificationMarkings.scan("通知", body);
        long best = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            ClassificationMarkings.scan("通知", body);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best / 1e6;
    }
}
