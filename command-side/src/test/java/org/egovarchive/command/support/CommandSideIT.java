package org.egovarchive.command.support;

import org.egovarchive.infra.stack.junit.LocalStackExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test of the command side against the real PostgreSQL and Kafka of the local
 * stack (started once per test JVM), on a random port, in demo mode (the demo accounts exist). The
 * seal key store is one file per test run (set by failsafe), as the event store is one per test JVM.
 * The schema is migrated before the context starts, as the owner, from outside it ({@link MigratedFirst}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "egov.demo.enabled=true",
        "egov.web.max-request-bytes=65536",
        // the command side's own Kafka principal, the one that may write egov.events
        "spring.kafka.properties.sasl.jaas.config=${egov.stack.kafka-jaas.egov-command}"})
@ContextConfiguration(initializers = MigratedFirst.class)
@DirtiesContext
public @interface CommandSideIT {
}
