package org.egovarchive.command.ledger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Signs a checkpoint when events are on the ledger that the latest checkpoint, older than the
 * interval, does not cover: a quiet ledger still gets a fresh checkpoint within about one interval
 * of its last event. Looks ten times per interval.
 */
@Component
class CheckpointTimer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckpointTimer.class);

    private final Checkpointer checkpointer;
    private final Duration tick;
    private ScheduledExecutorService timer;

    CheckpointTimer(Checkpointer checkpointer, LedgerProperties properties) {
        this.checkpointer = checkpointer;
        Duration tenth = properties.checkpointInterval().dividedBy(10);
        this.tick = tenth.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : tenth;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ledger-checkpoint-timer");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::look, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void look() {
        try {
            checkpointer.ifStale();
        } catch (RuntimeException e) {
            // the next tick tries again; the cause's type is enough, its message may quote SQL
            log.warn("could not sign a ledger checkpoint: {}", e.getClass().getName());
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
