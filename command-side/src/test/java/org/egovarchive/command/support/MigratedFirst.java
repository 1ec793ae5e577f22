package org.egovarchive.command.support;

import org.egovarchive.command.migration.Migrations;
import org.egovarchive.infra.stack.junit.LocalStackExtension;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The migration step before each test context, as {@code ./egov up} runs it before the application: as the
 * owner role, from outside the application, which then only validates the schema as its own role.
 */
public final class MigratedFirst implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Migrations.migrate(LocalStackExtension.endpoints().migrationEnvironment());
    }
}
