package org.egovarchive.infra.launcher;

import java.time.Duration;

/** Progress lines on stdout: what is happening and how long it took. */
final class Console {

    private final long started = System.nanoTime();

    void line(String text) {
        System.out.println(text);
        System.out.flush();
    }

    void step(String component, String what) {
        line(String.format("%-14s %s", component, what));
    }

    String sinceStart() {
        return seconds(Duration.ofNanos(System.nanoTime() - started));
    }

    static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
