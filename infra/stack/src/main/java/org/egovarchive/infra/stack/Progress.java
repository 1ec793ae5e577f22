package org.egovarchive.infra.stack;

import java.time.Duration;
import java.util.Locale;

/** Formats the progress lines of the stack, aligned by component name. */
final class Progress {

    private Progress() {
    }

    static String line(String component, String text) {
        return String.format(Locale.ROOT, "%-13s %s", component, text);
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
