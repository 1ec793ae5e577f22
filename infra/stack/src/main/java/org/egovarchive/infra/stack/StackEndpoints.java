package org.egovarchive.infra.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * How to reach a running stack. The two PostgreSQL roles split duties: {@code ownerUser} owns the
 * database and runs migrations, in a step of their own ({@link #migrationEnvironment()}); {@code appUser}
 * is what the applications connect as ({@link #springProperties()}) and only gets the rights the migrations
 * grant it. The running applications never get the owner's password.
 *
 * @param jdbcUrl               JDBC URL of database {@code egov}
 * @param ownerUser             role owning the database (migrations)
 * @param ownerPassword         its password
 * @param appUser               the applications' role
 * @param appPassword           its password
 * @param elasticsearchUrl      base HTTP URL of Elasticsearch
 * @param elasticsearchVersion  server version that was started (9.x, or 8.x when no Java 21+ was found)
 * @param kafkaBootstrapServers Kafka bootstrap servers
 */
public record StackEndpoints(String jdbcUrl, String ownerUser, String ownerPassword, String appUser,
                             String appPassword, String elasticsearchUrl, String elasticsearchVersion,
                             String kafkaBootstrapServers) {

    /** Spring Boot properties pointing an application (app role) at this stack. */
    public Map<String, String> springProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", appUser);
        properties.put("spring.datasource.password", appPassword);
        properties.put("spring.elasticsearch.uris", elasticsearchUrl);
        properties.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers);
        return properties;
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
        StackFiles.writePrivateProperties(file, properties, "endpoints of the egov local stack");
    }

    /** Reads a file written by {@link #writeTo(Path)}. */
    public static StackEndpoints readFrom(Path file) {
        Properties p = StackFiles.readProperties(file);
        return new StackEndpoints(required(p, "jdbcUrl", file), required(p, "ownerUser", file),
                required(p, "ownerPassword", file), required(p, "appUser", file), required(p, "appPassword", file),
                required(p, "elasticsearchUrl", file), required(p, "elasticsearchVersion", file),
                required(p, "kafkaBootstrapServers", file));
    }

    private static String required(Properties properties, String key, Path file) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException(file + " lacks " + key);
        }
        return value;
    }
}
