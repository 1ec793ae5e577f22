package org.egovarchive.infra.stack;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * How to reach a running stack. The two PostgreSQL roles split duties: {@code ownerUser} owns the
 * database and runs migrations, in a step of their own ({@link #migrationEnvironment()}); {@code appUser}
 * is what the applications connect as ({@link #springProperties()}) and only gets the rights the migrations
 * grant it. The running applications never get the owner's password. Kafka authenticates everyone: each
 * application connects as its own {@link KafkaPrincipal} ({@link #springProperties(KafkaPrincipal)}), tools
 * and tests that create topics or feed events as {@link KafkaPrincipal#ADMIN} ({@link #kafkaClient}).
 *
 * @param jdbcUrl               JDBC URL of database {@code egov}
 * @param ownerUser             role owning the database (migrations)
 * @param ownerPassword         its password
 * @param appUser               the applications' role
 * @param appPassword           its password
 * @param elasticsearchUrl      base HTTP URL of Elasticsearch
 * @param elasticsearchVersion  server version that was started (9.x, or 8.x when no Java 21+ was found)
 * @param kafkaBootstrapServers Kafka bootstrap servers
 * @param kafkaPasswords        each Kafka principal's password
 */
public record StackEndpoints(String jdbcUrl, String ownerUser, String ownerPassword, String appUser,
                             String appPassword, String elasticsearchUrl, String elasticsearchVersion,
                             String kafkaBootstrapServers, Map<KafkaPrincipal, String> kafkaPasswords) {

    public StackEndpoints {
        kafkaPasswords = Map.copyOf(kafkaPasswords);
    }

    /**
     * Spring Boot properties pointing an application (app role) at this stack, all but whom it is to Kafka
     * ({@code spring.kafka.properties.sasl.jaas.config}, see {@link #springProperties(KafkaPrincipal)}).
     */
    public Map<String, String> springProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", appUser);
        properties.put("spring.datasource.password", appPassword);
        properties.put("spring.elasticsearch.uris", elasticsearchUrl);
        properties.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers);
        properties.put("spring.kafka.security.protocol", "SASL_PLAINTEXT");
        properties.put("spring.kafka.properties.sasl.mechanism", KafkaAccess.MECHANISM);
        return properties;
    }

    /** {@link #springProperties()} for an application that connects to Kafka as {@code principal}. */
    public Map<String, String> springProperties(KafkaPrincipal principal) {
        Map<String, String> properties = springProperties();
        KafkaAccess.client(principal, kafkaPasswords.get(principal)).forEach((key, value) -> properties.put(
                key.equals("security.protocol") ? "spring.kafka.security.protocol" : "spring.kafka.properties." + key,
                value.toString()));
        return properties;
    }

    /** Settings of a plain Kafka client (producer, consumer, admin) connecting as {@code principal}. */
    public Map<String, Object> kafkaClient(KafkaPrincipal principal) {
        Map<String, Object> client = new LinkedHashMap<>(KafkaAccess.client(principal, kafkaPasswords.get(principal)));
        client.put("bootstrap.servers", kafkaBootstrapServers);
        return client;
    }

    /** {@link #kafkaClient} with more settings of the client's own. */
    public Map<String, Object> kafkaClient(KafkaPrincipal principal, Map<String, Object> settings) {
        Map<String, Object> client = kafkaClient(principal);
        client.putAll(settings);
        return client;
    }

    /**
     * The environment of the command side's migration step ({@code java -jar … migrate}): the owner role, and
     * the application role the migrations grant rights to.
     */
    public Map<String, String> migrationEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SPRING_FLYWAY_URL", jdbcUrl);
        environment.put("SPRING_FLYWAY_USER", ownerUser);
        environment.put("SPRING_FLYWAY_PASSWORD", ownerPassword);
        environment.put("SPRING_DATASOURCE_USERNAME", appUser);
        return environment;
    }

    /** Writes a properties file readable by its owner only, since it holds passwords. */
    public void writeTo(Path file) {
        Properties properties = new Properties();
        properties.setProperty("jdbcUrl", jdbcUrl);
        properties.setProperty("ownerUser", ownerUser);
        properties.setProperty("ownerPassword", ownerPassword);
        properties.setProperty("appUser", appUser);
        properties.setProperty("appPassword", appPassword);
        properties.setProperty("elasticsearchUrl", elasticsearchUrl);
        properties.setProperty("elasticsearchVersion", elasticsearchVersion);
        properties.setProperty("kafkaBootstrapServers", kafkaBootstrapServers);
        kafkaPasswords.forEach((principal, password) -> properties.setProperty(passwordKey(principal), password));
        StackFiles.writePrivateProperties(file, properties, "endpoints of the egov local stack");
    }

    /** Reads a file written by {@link #writeTo(Path)}. */
    public static StackEndpoints readFrom(Path file) {
        Properties p = StackFiles.readProperties(file);
        return new StackEndpoints(required(p, "jdbcUrl", file), required(p, "ownerUser", file),
                required(p, "ownerPassword", file), required(p, "appUser", file), required(p, "appPassword", file),
                required(p, "elasticsearchUrl", file), required(p, "elasticsearchVersion", file),
                required(p, "kafkaBootstrapServers", file), kafkaPasswords(p, file));
    }

    private static Map<KafkaPrincipal, String> kafkaPasswords(Properties properties, Path file) {
        Map<KafkaPrincipal, String> passwords = new EnumMap<>(KafkaPrincipal.class);
        for (KafkaPrincipal principal : KafkaPrincipal.values()) {
            passwords.put(principal, required(properties, passwordKey(principal), file));
        }
        return passwords;
    }

    private static String passwordKey(KafkaPrincipal principal) {
        return "kafka." + principal.username() + ".password";
    }

    private static String required(Properties properties, String key, Path file) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException(file + " lacks " + key);
        }
        return value;
    }
}
