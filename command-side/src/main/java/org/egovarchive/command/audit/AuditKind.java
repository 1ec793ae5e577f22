package org.egovarchive.command.audit;

import org.egovarchive.command.rule.ActRefused;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of record the audit view reconstructs, by their name in URLs and the aggregate type they are stored as. */
public enum AuditKind {
    DOCUMENT("Document"),
    MESSAGE("Message"),
    SEAL("Seal");

    private final String aggregateType;

    AuditKind(String aggregateType) {
        this.aggregateType = aggregateType;
    }

    public String aggregateType() {
        return aggregateType;
    }

    /** The name in URLs: {@code document}, {@code message}, {@code seal}. */
    public String urlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AuditKind named(String name) {
        return Arrays.stream(values()).filter(k -> k.urlName().equals(name)).findFirst()
                .orElseThrow(() -> ActRefused.notFound("not-found", "no kind of record called " + name
                        + "; use one of document, message, seal"));
    }
}
