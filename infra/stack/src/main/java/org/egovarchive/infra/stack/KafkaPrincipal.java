package org.egovarchive.infra.stack;

/**
 * Who may connect to the stack's Kafka, each with a password of its own: the stack's administrator (a
 * super user, also the broker's own identity; the stack and tests use it to create topics and feed events)
 * and the two applications, whose rights the broker's ACLs limit ({@link KafkaAccess}).
 */
public enum KafkaPrincipal {
    ADMIN("admin"),
    /** The only principal that may write {@code egov.events}. */
    COMMAND_SIDE("egov-command"),
    /** Reads {@code egov.events}, writes its dead letters. */
    QUERY_SIDE("egov-query");

    private final String username;

    KafkaPrincipal(String username) {
        this.username = username;
    }

    public String username() {
        return username;
    }
}
