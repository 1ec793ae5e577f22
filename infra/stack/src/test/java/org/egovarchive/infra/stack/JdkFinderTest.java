package org.egovarchive.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdkFinderTest {

    @TempDir
    Path jvms;

    @Test
    void reads_the_feature_version_from_the_release_file() throws IOException {
        assertThat(JdkFinder.read(jdk("temurin-25", "25.0.3")))
                .hasValueSatisfying(jdk -> assertThat(jdk.major()).isEqualTo(25));
        assertThat(JdkFinder.read(jdk("old", "1.8.0_412")))
                .hasValueSatisfying(jdk -> assertThat(jdk.major()).isEqualTo(8));
    }

    @Test
    void ignores_directories_that_are_not_jdks() throws IOException {
        Path noJava = Files.createDirectories(jvms.resolve("no-java"));
        Files.writeString(noJava.resolve("release"), "JAVA_VERSION=\"21.0.1\"\n");
        Path noRelease = Files.createDirectories(jvms.resolve("no-release/bin"));

        assertThat(JdkFinder.read(noJava)).isEmpty();
        assertThat(JdkFinder.read(noRelease.getParent())).isEmpty();
    }

    @Test
    void picks_the_highest_jdk_at_or_above_the_minimum() throws IOException {
        jdk("java-17", "17.0.15");
        jdk("java-21", "21.0.7");
        Path newest = jdk("temurin-25", "25.0.3");

        assertThat(JdkFinder.newest(jvms, 21)).hasValueSatisfying(jdk -> assertThat(jdk.home()).isEqualTo(newest));
        assertThat(JdkFinder.newest(jvms, 26)).isEmpty();
    }

    @Test
    void runs_the_main_elasticsearch_on_a_java_21_or_later() throws IOException {
        jdk("java-17", "17.0.15");
        Path java25 = jdk("temurin-25", "25.0.3");

        ElasticsearchRuntime runtime =
                ElasticsearchRuntime.choose(null, jvms, jvms.resolve("java-17"), "9.2.0", "8.19.0");

        assertThat(runtime).isEqualTo(new ElasticsearchRuntime("9.2.0", java25, 25, false));
    }

    @Test
    void prefers_es_java_home_when_it_is_recent_enough() throws IOException {
        jdk("temurin-25", "25.0.3");
        Path java21 = jdk("elsewhere-21", "21.0.7");

        ElasticsearchRuntime runtime = ElasticsearchRuntime.choose(java21.toString(), jvms, jvms, "9.2.0", "8.19.0");

        assertThat(runtime.javaHome()).isEqualTo(java21);
        assertThat(runtime.fallback()).isFalse();
    }

    @Test
    void falls_back_to_the_older_elasticsearch_on_the_current_java() throws IOException {
        Path java17 = jdk("java-17", "17.0.15");

        ElasticsearchRuntime runtime = ElasticsearchRuntime.choose(java17.toString(), jvms, java17, "9.2.0", "8.19.0");

        assertThat(runtime).isEqualTo(new ElasticsearchRuntime("8.19.0", java17, 17, true));
    }

    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(jvms.resolve(name));
        Files.createDirectories(home.resolve("bin"));
        Files.createFile(home.resolve("bin/java"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }
}
