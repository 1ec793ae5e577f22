package org.egovarchive.infra.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The stack's passwords: PostgreSQL's roles and Kafka's principals. A persistent stack generates them once
 * and keeps them in a 0600 file, since the cluster is initialised with them and must be reachable again after
 * a restart; a password a file written by an earlier version lacks is generated and added.
 *
 * @param superuser    password of {@code postgres}
 * @param owner        password of {@code egov_owner}
 * @param app          password of {@code egov_app}
 * @param kafkaAdmin   password of Kafka's {@link KafkaPrincipal#ADMIN}
 * @param kafkaCommand password of {@link KafkaPrincipal#COMMAND_SIDE}
 * @param kafkaQuery   password of {@link KafkaPrincipal#QUERY_SIDE}
 */
record Secrets(String superuser, String owner, String app, String kafkaAdmin, String kafkaCommand, String kafkaQuery) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String[] KEYS = {"postgres.password", "egov_owner.password", "egov_app.password",
            "kafka.admin.password", "kafka.egov-command.password", "kafka.egov-query.password"};

    /** Throwaway stacks live for one test JVM on loopback: fixed passwords make failures easy to poke at. */
    static Secrets fixed() {
        return new Secrets("postgres", "egov_owner", "egov_app", "kafka-admin", "egov-command", "egov-query");
    }

    static synchronized Secrets loadOrCreate(Path file) {
        Properties p = Files.isRegularFile(file) ? StackFiles.readProperties(file) : new Properties();
        boolean added = false;
        for (String key : KEYS) {
            if (p.getProperty(key) == null) {
                p.setProperty(key, generate());
                added = true;
            }
        }
        if (added) {
            StackFiles.writePrivateProperties(file, p, "passwords of the egov local stack");
        }
        return new Secrets(p.getProperty(KEYS[0]), p.getProperty(KEYS[1]), p.getProperty(KEYS[2]), p.getProperty(KEYS[3]),
                p.getProperty(KEYS[4]), p.getProperty(KEYS[5]));
    }

    String kafka(KafkaPrincipal principal) {
        return switch (principal) {
            case ADMIN -> kafkaAdmin;
            case COMMAND_SIDE -> kafkaCommand;
            case QUERY_SIDE -> kafkaQuery;
        };
    }

    private static String generate() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "Secrets[hidden]";
    }
}
