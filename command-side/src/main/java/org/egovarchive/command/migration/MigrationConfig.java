package org.egovarchive.command.migration;

import org.flywaydb.core.api.FlywayException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * At start-up the application does not migrate: it validates, as the application role, that the database
 * holds exactly the migrations of this build (none pending, none changed), and refuses to start otherwise.
 * Spring Boot still orders this before anything uses the database.
 */
@Configuration
public class MigrationConfig {

    @Bean
    public FlywayConfigurationCustomizer migrations(@Value("${spring.datasource.username}") String appRole) {
        return flyway -> Migrations.configure(flyway, appRole);
    }

    @Bean
    public FlywayMigrationStrategy validateOnly() {
        return flyway -> {
            try {
                flyway.validate();
            } catch (FlywayException e) {
                throw new IllegalStateException("the database schema is not this build's; run the migrations first, "
                        + "as the owner role (java -jar egov-command-side-….jar migrate; ./egov up does): "
                        + e.getMessage().lines().findFirst().orElse(""), e);
            }
        };
    }
}
