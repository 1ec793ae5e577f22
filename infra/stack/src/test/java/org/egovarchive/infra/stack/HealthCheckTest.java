package org.egovarchive.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HealthCheckTest {

    @Test
    void returns_once_the_probe_answers_true_and_treats_errors_as_not_yet() throws Exception {
        AtomicInteger calls = new AtomicInteger();

        Duration took = HealthCheck.await("thing", Duration.ofSeconds(10), () -> {
            if (calls.incrementAndGet() < 3) {
                throw new IOException("connection refused");
            }
            return true;
        });

        assertThat(calls).hasValue(3);
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void gives_up_at_the_deadline_and_quotes_the_last_error() {
        assertThatThrownBy(() -> HealthCheck.await("thing", Duration.ofMillis(300), () -> {
            throw new IOException("connection refused");
        })).isInstanceOf(HealthCheck.Failed.class)
                .hasMessageContaining("thing not ready within")
                .hasMessageContaining("connection refused");
    }

    @Test
    void gives_up_early_when_the_process_is_gone() {
        long begin = System.nanoTime();

        assertThatThrownBy(() -> HealthCheck.await("thing", Duration.ofSeconds(60), () -> false, () -> false))
                .isInstanceOf(HealthCheck.Failed.class)
                .hasMessageContaining("exited");
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(5));
    }
}
