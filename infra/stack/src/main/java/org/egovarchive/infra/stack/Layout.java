package org.egovarchive.infra.stack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a stack's files live. Pid files, secrets and Kafka stay in the work dir; PostgreSQL and
 * Elasticsearch data go under {@code dataRoot}, which is the work dir too unless the service user cannot
 * reach it (a checkout under {@code /root}, say), in which case it is a directory under
 * {@value #RELOCATION_ROOT} named after a hash of the work dir.
 *
 * @param workDir  the stack's work dir
 * @param dataRoot parent of the PostgreSQL and Elasticsearch homes
 */
record Layout(Path workDir, Path dataRoot) {

    static final String RELOCATION_ROOT = "/var/lib/egov-archive";

    static Layout inPlace(Path workDir) {
        return new Layout(workDir, workDir);
    }

    static Layout relocated(Path workDir) {
        return new Layout(workDir, Path.of(RELOCATION_ROOT, shortHash(workDir.toString())));
    }

    boolean isRelocated() {
        return !dataRoot.equals(workDir);
    }

    Path runDir() {
        return workDir.resolve("run");
    }

    Path stackFile() {
        return runDir().resolve("stack.properties");
    }

    Path endpointsFile() {
        return runDir().resolve("endpoints.properties");
    }

    Path secretsFile() {
        return workDir.resolve("secrets.properties");
    }

    Path pidFile(String component) {
        return runDir().resolve(component + ".pid");
    }

    Path postgresHome() {
        return dataRoot.resolve("postgres");
    }

    Path elasticsearchHome() {
        return dataRoot.resolve("elasticsearch");
    }

    Path kafkaHome() {
        return workDir.resolve("kafka");
    }

    static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
