package org.egovarchive.command;

import org.egovarchive.command.migration.Migrate;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CommandSideApplication {

    /** {@code migrate} as the only argument runs the migration step instead of the application. */
    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("migrate")) {
            System.exit(Migrate.run());
        }
        // Axon's update checker calls out to the internet; this system must make no outbound calls
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
