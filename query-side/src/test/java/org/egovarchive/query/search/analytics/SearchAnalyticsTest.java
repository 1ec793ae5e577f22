package org.egovarchive.query.search.analytics;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SearchAnalyticsTest {

    @Test
    void recordsAreWrittenInTheBackground() throws Exception {
        List<QueryRecord> written = new CopyOnWriteArrayList<>();
        SearchAnalytics analytics = new SearchAnalytics(written::addAll, Clock.systemUTC());

        analytics.record("电子政务", 3);
        analytics.record("电子政物", 0);

        await().atMost(Duration.ofSeconds(5)).until(() -> written.size() == 2);
        assertThat(written).extracting(QueryRecord::query, QueryRecord::hits, QueryRecord::zeroResult)
                .containsExactly(Tuple.tuple("电子政务", 3L, false),
                        Tuple.tuple("电子政物", 0L, true));
        analytics.stop();
    }

    @Test
    void aStuckIndexNeverHoldsUpASearch() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SearchAnalytics analytics = new SearchAnalytics(batch -> {
            writing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, Clock.systemUTC());
        analytics.record("第一个", 1);
        writing.await();

        long started = System.nanoTime();
        for (int i = 0; i < SearchAnalytics.QUEUE_CAPACITY + 1_000; i++) {
            analytics.record("查询" + i, 1);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(Duration.ofSeconds(2));
        assertThat(analytics.dropped()).isEqualTo(1_000);
        release.countDown();
        analytics.stop();
    }
}
