package org.egovarchive.query.elastic;

/**
 * A read model: the alias clients use, and the index template its physical indices
 * ({@code <alias>-<generation>}) are created from.
 */
public enum ReadModel {
    PUBLIC_DOCUMENTS("public-documents"),
    DOCUMENTS_ADMIN("documents-admin"),
    SEALS("seals"),
    // the next two are kept by the query side itself, not derived from events: a rebuild carries them over
    BEST_BETS("best-bets"),
    SEARCH_ANALYTICS("search-analytics");

    private final String alias;

    ReadModel(String alias) {
        this.alias = alias;
    }

    public String alias() {
        return alias;
    }

    String templateResource() {
        return "elastic/" + alias + ".json";
    }

    String firstIndex() {
        return alias + "-000001";
    }
}
