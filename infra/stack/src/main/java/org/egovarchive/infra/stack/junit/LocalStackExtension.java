package org.egovarchive.infra.stack.junit;

import java.util.concurrent.atomic.AtomicReference;
import org.egovarchive.infra.stack.KafkaPrincipal;
import org.egovarchive.infra.stack.LocalStack;
import org.egovarchive.infra.stack.StackConfig;
import org.egovarchive.infra.stack.StackEndpoints;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives integration tests a throwaway {@link LocalStack}: started once per test JVM by the first test class
 * that uses it, closed after the last test of the JVM has run. On start it publishes the stack's Spring
 * properties as system properties, so {@code @SpringBootTest} contexts connect to it without further set-up —
 * all but whom they are to Kafka: each principal's {@code sasl.jaas.config} is in the system property
 * {@code egov.stack.kafka-jaas.<username>}, for a test context to pick its application's, e.g.
 * {@code spring.kafka.properties.sasl.jaas.config=${egov.stack.kafka-jaas.egov-command}}.
 *
 * <pre>{@code
 * @ExtendWith(LocalStackExtension.class)
 * class SomethingIT {
 *     @Test void works() { var jdbcUrl = LocalStackExtension.endpoints().jdbcUrl(); … }
 * }
 * }</pre>
 */
public final class LocalStackExtension implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LocalStackExtension.class);
    private static final AtomicReference<StackEndpoints> ENDPOINTS = new AtomicReference<>();
    private static final String JAAS_PROPERTY = "egov.stack.kafka-jaas.";

    @Override
    public void beforeAll(ExtensionContext context) {
        // the root store is shared by all test classes and closes its resources at the end of the run;
        // getOrComputeIfAbsent lets one thread start the stack while parallel classes wait for it
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(RunningStack.class,
                key -> RunningStack.start(), RunningStack.class);
    }

    /** The endpoints of this JVM's stack; only valid once a test class using the extension has started. */
    public static StackEndpoints endpoints() {
        StackEndpoints endpoints = ENDPOINTS.get();
        if (endpoints == null) {
            throw new IllegalStateException("no local stack: annotate the test class with "
                    + "@ExtendWith(LocalStackExtension.class)");
        }
        return endpoints;
    }

    /** The stack as a resource of JUnit's root store, so JUnit closes it last. */
    private static final class RunningStack implements ExtensionContext.Store.CloseableResource {
        private final LocalStack stack;

        private RunningStack(LocalStack stack) {
            this.stack = stack;
        }

        static RunningStack start() {
            LocalStack stack = LocalStack.start(StackConfig.throwaway(),
                    line -> System.out.println("[local-stack] " + line));
            StackEndpoints endpoints = stack.endpoints();
            endpoints.springProperties().forEach(System::setProperty);
            for (KafkaPrincipal principal : KafkaPrincipal.values()) {
                System.setProperty(JAAS_PROPERTY + principal.username(),
                        endpoints.kafkaClient(principal).get("sasl.jaas.config").toString());
            }
            System.setProperty("axoniq.update-checker.disabled", "true");
            ENDPOINTS.set(endpoints);
            return new RunningStack(stack);
        }

        @Override
        public void close() {
            ENDPOINTS.set(null);
            stack.close();
        }
    }
}
