package org.egovarchive.infra.stack;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

/**
 * Polls a probe until it answers true or a deadline passes. A probe that throws counts as "not yet";
 * the last such error is kept for the failure message, as it usually says why. A probe that throws
 * {@link Refused} knows that waiting cannot help: that ends the wait at once.
 */
public final class HealthCheck {

    private static final Duration INTERVAL = Duration.ofMillis(100);

    private HealthCheck() {
    }

    /** Why waiting stopped without success. */
    public static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The server answered and said no (a wrong password, say): no point asking again. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Waits for {@code probe}, giving up early once {@code stillAlive} turns false (the process died: no
     * point waiting for the deadline).
     *
     * @return the time it took
     */
    public static Duration await(String what, Duration timeout, Callable<Boolean> probe, BooleanSupplier stillAlive)
            throws Failed, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        Exception last = null;
        while (true) {
            try {
                if (Boolean.TRUE.equals(probe.call())) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (Refused e) {
                throw new Failed(e.getMessage(), e);
            } catch (Exception e) {
                last = e;
            }
            if (!stillAlive.getAsBoolean()) {
                throw new Failed(what + ": the process exited", last);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                String reason = last == null ? "" : " (last error: " + last + ")";
                throw new Failed(what + " not ready within " + timeout.toSeconds() + " s" + reason, last);
            }
            Thread.sleep(Math.max(1, Math.min(INTERVAL.toMillis(), left / 1_000_000)));
        }
    }

    /** Waits for {@code probe} with nothing to watch besides the deadline. */
    public static Duration await(String what, Duration timeout, Callable<Boolean> probe)
            throws Failed, InterruptedException {
        return await(what, timeout, probe, () -> true);
    }
}
