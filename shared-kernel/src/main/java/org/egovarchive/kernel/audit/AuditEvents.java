package org.egovarchive.kernel.audit;

import java.util.List;

/** The audit event types, for the registry of the published language. */
public final class AuditEvents {

    public static final List<Class<?>> ALL = List.of(RecordAccessed.class);

    private AuditEvents() {
    }
}
