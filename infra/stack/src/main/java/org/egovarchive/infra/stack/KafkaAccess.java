package org.egovarchive.infra.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on the stack's Kafka. Every client authenticates (SASL/SCRAM-SHA-256 for the applications;
 * the administrator also by PLAIN, whose password the broker's own configuration holds, so it can log in
 * before any SCRAM credential exists). The broker denies what no ACL allows: only the command side writes
 * {@code egov.events}; the query side reads it, writes its dead-letter topic and keeps its consumer groups.
 * Credentials and ACLs are set again on every start, like the database roles, so they always match the
 * secrets file.
 */
final class KafkaAccess {

    static final String EVENTS_TOPIC = "egov.events";
    static final String DEAD_LETTER_TOPIC = "egov.events.dlq";
    static final String GROUP_PREFIX = "egov-";
    static final String MECHANISM = "SCRAM-SHA-256";
    private static final int SCRAM_ITERATIONS = 8192;

    private KafkaAccess() {
    }

    /** The ACLs of the two applications. */
    static List<AclBinding> acls() {
        List<AclBinding> acls = new ArrayList<>();
        // the command side creates its topic on start (with retention -1) and appends to it
        allow(acls, KafkaPrincipal.COMMAND_SIDE, topic(EVENTS_TOPIC), AclOperation.WRITE, AclOperation.DESCRIBE,
                AclOperation.CREATE);
        allow(acls, KafkaPrincipal.QUERY_SIDE, topic(EVENTS_TOPIC), AclOperation.READ, AclOperation.DESCRIBE);
        allow(acls, KafkaPrincipal.QUERY_SIDE, topic(DEAD_LETTER_TOPIC), AclOperation.WRITE, AclOperation.DESCRIBE,
                AclOperation.CREATE);
        allow(acls, KafkaPrincipal.QUERY_SIDE, new ResourcePattern(ResourceType.GROUP, GROUP_PREFIX, PatternType.PREFIXED),
                AclOperation.READ, AclOperation.DESCRIBE);
        return acls;
    }

    /** Upserts the applications' SCRAM credentials and the ACLs, as the administrator. */
    static void apply(Admin admin, Secrets secrets) throws InterruptedException, ExecutionException, TimeoutException {
        List<UserScramCredentialAlteration> credentials = new ArrayList<>();
        for (KafkaPrincipal principal : List.of(KafkaPrincipal.COMMAND_SIDE, KafkaPrincipal.QUERY_SIDE)) {
            credentials.add(new UserScramCredentialUpsertion(principal.username(),
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, SCRAM_ITERATIONS), secrets.kafka(principal)));
        }
        admin.alterUserScramCredentials(credentials).all().get(30, TimeUnit.SECONDS);
        // creating an ACL that exists already changes nothing
        admin.createAcls(acls()).all().get(30, TimeUnit.SECONDS);
    }

    /** {@code server.properties} lines of the client and controller listeners' authentication and authorization. */
    static String serverProperties(String adminPassword) {
        String plain = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" password=\""
                + adminPassword + "\" user_admin=\"" + adminPassword + "\";";
        return """
                listener.name.client.sasl.enabled.mechanisms=%1$s,PLAIN
                listener.name.client.plain.sasl.jaas.config=%2$s
                listener.name.client.scram-sha-256.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
                sasl.mechanism.inter.broker.protocol=PLAIN
                listener.name.controller.sasl.enabled.mechanisms=PLAIN
                listener.name.controller.plain.sasl.jaas.config=%2$s
                sasl.mechanism.controller.protocol=PLAIN
                authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
                super.users=User:admin
                allow.everyone.if.no.acl.found=false
                """.formatted(MECHANISM, plain);
    }

    /** Client settings of {@code principal}: SCRAM for the applications, PLAIN for the administrator. */
    static Map<String, Object> client(KafkaPrincipal principal, String password) {
        boolean admin = principal == KafkaPrincipal.ADMIN;
        String module = admin ? "org.apache.kafka.common.security.plain.PlainLoginModule"
                : "org.apache.kafka.common.security.scram.ScramLoginModule";
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", admin ? "PLAIN" : MECHANISM,
                "sasl.jaas.config", jaas(module, principal.username(), password));
    }

    static String jaas(String module, String username, String password) {
        return module + " required username=\"" + username + "\" password=\"" + password + "\";";
    }

    private static ResourcePattern topic(String name) {
        return new ResourcePattern(ResourceType.TOPIC, name, PatternType.LITERAL);
    }

    private static void allow(List<AclBinding> acls, KafkaPrincipal principal, ResourcePattern resource,
                              AclOperation... operations) {
        for (AclOperation operation : operations) {
            acls.add(new AclBinding(resource, new AccessControlEntry("User:" + principal.username(), "*", operation,
                    AclPermissionType.ALLOW)));
        }
    }
}
