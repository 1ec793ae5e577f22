package org.egovarchive.command.migration;

import org.flywaydb.core.api.output.MigrateResult;

/**
 * {@code java -jar egov-command-side-….jar migrate}: the migration step, a process of its own that ends
 * when the schema is up to date. The owner role's password comes in through the environment
 * ({@link Migrations}), never the command line, and never reaches the running application.
 */
public final class Migrate {

    private Migrate() {
    }

    /** @return the exit status: 0 when the schema is up to date */
    public static int run() {
        try {
            MigrateResult result = Migrations.migrate(System.getenv());
            System.out.println("migrations: " + result.migrationsExecuted + " applied, schema at version "
                    + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion));
            return 0;
        } catch (RuntimeException e) {
            System.err.println("migrations failed: " + e.getMessage());
            return 1;
        }
    }
}
