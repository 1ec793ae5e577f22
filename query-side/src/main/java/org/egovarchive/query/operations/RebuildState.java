package org.egovarchive.query.operations;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a rebuild stands: its generation, phase, events done of the total the topic held when it started,
 * and the rate so far.
 */
public record RebuildState(String generation, Phase phase, long done, long total, double eventsPerSecond,
                           Instant startedAt, Instant finishedAt, String error) {

    /** The steps of a rebuild. */
    public enum Phase {
        CREATING_INDICES, REPLAYING, SWAPPING_ALIASES, CATCHING_UP, DONE, FAILED
    }

    static RebuildState starting(String generation) {
        return new RebuildState(generation, Phase.CREATING_INDICES, 0, 0, 0, Instant.now(), null, null);
    }

    RebuildState at(Phase phase, long done, long total) {
        double seconds = Math.max(0.001, Duration.between(startedAt, Instant.now()).toMillis() / 1000.0);
        return new RebuildState(generation, phase, done, total, done / seconds, startedAt, finishedAt, error);
    }

    RebuildState finished() {
        return new RebuildState(generation, Phase.DONE, done, total, eventsPerSecond, startedAt, Instant.now(), null);
    }

    RebuildState failed(String why) {
        return new RebuildState(generation, Phase.FAILED, done, total, eventsPerSecond, startedAt, Instant.now(), why);
    }

    public boolean running() {
        return phase != Phase.DONE && phase != Phase.FAILED;
    }
}
