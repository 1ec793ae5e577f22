package org.egovarchive.query.support;

import org.egovarchive.infra.stack.junit.LocalStackExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An integration test of the query side against the real Kafka and Elasticsearch of the local stack, in demo mode (the demo accounts exist). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"egov.demo.enabled=true",
        // the query side's own Kafka principal: it reads egov.events but may not write it
        "spring.kafka.properties.sasl.jaas.config=${egov.stack.kafka-jaas.egov-query}"})
@DirtiesContext
public @interface QuerySideIT {
}
