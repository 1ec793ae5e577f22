package org.egovarchive.infra.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The server artifacts Maven resolved when this module was built (paths recorded in resources, so
 * starting the stack needs no Maven), plus the Elasticsearch fallback that is fetched only when needed.
 *
 * @param postgresJar                  zonky binaries jar
 * @param postgresVersion              its version
 * @param elasticsearchZip             integ-test-zip distribution
 * @param elasticsearchVersion         its version
 * @param elasticsearchFallbackVersion version to run when no Java 21+ is installed
 * @param kafkaClasspath               runtime classpath of the Kafka broker
 */
record StackArtifacts(Path postgresJar, String postgresVersion, Path elasticsearchZip, String elasticsearchVersion,
                      String elasticsearchFallbackVersion, String kafkaClasspath) {

    private static final String ES_GROUP = "org.elasticsearch.distribution.integ-test-zip";

    static StackArtifacts load() {
        Properties p = new Properties();
        try (InputStream in = resource("/stack-artifacts.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String classpath;
        try (InputStream in = resource("kafka-classpath.txt")) {
            classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StackArtifacts(Path.of(p.getProperty("postgres.binaries.jar")), p.getProperty("postgres.version"),
                Path.of(p.getProperty("elasticsearch.zip")), p.getProperty("elasticsearch.version"),
                p.getProperty("elasticsearch.fallback.version"), classpath);
    }

    /**
     * The fallback Elasticsearch zip from the local Maven repository, fetched there through the checkout's
     * Maven wrapper first if missing: the one network access the stack may make at run time.
     */
    Path elasticsearchFallbackZip(Consumer<String> progress) throws IOException, InterruptedException {
        String version = elasticsearchFallbackVersion;
        Path zip = localRepository().resolve(ES_GROUP.replace('.', '/'))
                .resolve("elasticsearch").resolve(version).resolve("elasticsearch-" + version + ".zip");
        if (Files.isRegularFile(zip)) {
            return zip;
        }
        Path mvnw = Checkout.root().resolve("mvnw");
        progress.accept(Progress.line(ElasticsearchServer.NAME, "fetching Elasticsearch " + version + " with "
                + mvnw));
        // run outside the checkout so that Maven does not load the reactor
        Commands.runOrExplain(List.of(mvnw.toString(), "-q", "-Dmaven.repo.local=" + localRepository(),
                "dependency:get", "-Dtransitive=false",
                "-Dartifact=" + ES_GROUP + ":elasticsearch:" + version + ":zip"), Duration.ofMinutes(10));
        if (!Files.isRegularFile(zip)) {
            throw new IOException("Maven did not put " + zip + " in place");
        }
        return zip;
    }

    static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = StackArtifacts.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing: build infra/stack with Maven first");
        }
        return in;
    }
}
