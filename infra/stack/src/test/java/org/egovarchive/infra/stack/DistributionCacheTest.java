package org.egovarchive.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionCacheTest {

    @TempDir
    Path root;

    @Test
    void two_unpacking_at_once_both_get_one_complete_copy_with_its_execute_bits() throws Exception {
        StackArtifacts artifacts = StackArtifacts.load();
        DistributionCache cache = new DistributionCache(root.resolve("dist"));
        Callable<Path> unpack = () -> cache.postgres(artifacts.postgresVersion(), artifacts.postgresJar());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Path>> results = pool.invokeAll(List.of(unpack, unpack));

            Path expected = cache.postgresDir(artifacts.postgresVersion());
            assertThat(results.get(0).get()).isEqualTo(expected);
            assertThat(results.get(1).get()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
        Path dist = cache.postgresDir(artifacts.postgresVersion());
        assertThat(Files.isExecutable(dist.resolve("bin/initdb"))).isTrue();
        assertThat(Files.isExecutable(dist.resolve("bin/postgres"))).isTrue();
        try (var entries = Files.list(root.resolve("dist"))) {
            assertThat(entries).as("no temp dirs left behind").containsExactly(dist);
        }
    }

    @Test
    void a_second_request_reuses_the_unpacked_copy() throws Exception {
        StackArtifacts artifacts = StackArtifacts.load();
        DistributionCache cache = new DistributionCache(root.resolve("dist"));
        Path first = cache.postgres(artifacts.postgresVersion(), artifacts.postgresJar());
        Path marker = Files.createFile(first.resolve("unpacked-once"));

        assertThat(cache.postgres(artifacts.postgresVersion(), artifacts.postgresJar())).isEqualTo(first);
        assertThat(marker).exists();
    }
}
