package org.egovarchive.query.elastic;

/**
 * A read model: the alias clients use, and the index template its physical indices
 * ({@code <alias>-<generation>}) are created from.
 */
public enum ReadModel {
    PUBLIC_DOCUMENTS("public-documents", true),
    DOCUMENTS_ADMIN("documents-admin", true),
    SEALS("seals", true),
    MESSAGES("messages", true),
    AUDIT_EVENTS("audit-events", true),
    // kept by the query side itself, not derived from events: a rebuild leaves them where they are
    BEST_BETS("best-bets", false),
    SEARCH_ANALYTICS("search-analytics", false),
    // who searched the audit trail: a record of reads on this side, not an event anywhere
    AUDIT_READS("audit-reads", false);

    private final String alias;
    private final boolean projected;

    ReadModel(String alias, boolean projected) {
        this.alias = alias;
        this.projected = projected;
    }

    /** Whether it is a projection of the events, and so rebuilt from them (not, say, configuration kept here). */
    public boolean projected() {
        return projected;
    }

    public String alias() {
        return alias;
    }

    public String templateResource() {
        return "elastic/" + alias + ".json";
    }

    String firstIndex() {
        return alias + "-000001";
    }
}
