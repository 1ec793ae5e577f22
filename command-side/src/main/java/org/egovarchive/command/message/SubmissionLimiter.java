package org.egovarchive.command.message;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A token bucket per client address for public submissions: a burst of a few, then a steady rate per
 * hour. Addresses are kept only in memory, for as long as their bucket matters, and never logged.
 */
public class SubmissionLimiter {

    private static final int MAX_ADDRESSES = 100_000;

    private final int perHour;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    public SubmissionLimiter(int perHour) {
        this.perHour = perHour;
    }

    /** Empty when the submission may go ahead; otherwise the seconds to wait. */
    public OptionalLong admit(String clientAddress) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(clientAddress, a -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
                    .build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? OptionalLong.empty()
                : OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()));
    }
}
