package org.egovarchive.command.migration;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

import java.util.Map;

/**
 * The one Flyway configuration of the event store's schema, for the migration step (as the owner role)
 * and for the application's start-up check (as the application role): the same scripts, order rules and
 * placeholders, so that what one applies the other recognises.
 */
public final class Migrations {

    /** The environment of the migration step: the owner role, and the application role it grants rights to. */
    public static final String URL = "SPRING_FLYWAY_URL";
    public static final String OWNER = "SPRING_FLYWAY_USER";
    public static final String OWNER_PASSWORD = "SPRING_FLYWAY_PASSWORD";
    public static final String APP_ROLE = "SPRING_DATASOURCE_USERNAME";
    /** Read when {@value #URL} is not set, as the application reads it. */
    public static final String DATASOURCE_URL = "SPRING_DATASOURCE_URL";

    private Migrations() {
    }

    /** Applies the scripts, the order rule and the application role's name to a Flyway configuration. */
    public static FluentConfiguration configure(FluentConfiguration flyway, String appRole) {
        return flyway.locations("classpath:db/migration")
                // migrations are numbered by feature as they land; a later number may reach a database first
                .outOfOrder(true)
                .placeholders(Map.of("appRole", appRole));
    }

    /**
     * Runs the pending migrations as the owner role named in {@code environment}.
     *
     * @throws IllegalArgumentException naming the variable that is missing
     */
    public static MigrateResult migrate(Map<String, String> environment) {
        String url = environment.getOrDefault(URL, environment.get(DATASOURCE_URL));
        Flyway flyway = configure(Flyway.configure(), environment.getOrDefault(APP_ROLE, "egov_app"))
                .dataSource(required(URL, url), required(OWNER, environment.get(OWNER)),
                        required(OWNER_PASSWORD, environment.get(OWNER_PASSWORD)))
                .load();
        return flyway.migrate();
    }

    private static String required(String variable, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(variable + " is not set: the migration step needs the owner role's "
                    + URL + " (or " + DATASOURCE_URL + "), " + OWNER + " and " + OWNER_PASSWORD);
        }
        return value;
    }
}
