package org.egovarchive.kernel.message;

/**
 * Where a letter stands (API.md): RECEIVED → ASSIGNED → (FORWARDED → ASSIGNED)* → ESCALATED →
 * INSTRUCTED → REPLIED → CLOSED; EXPLAINED may come between; REOPENED returns it to ASSIGNED.
 */
public enum MessageStatus {
    RECEIVED,
    ASSIGNED,
    EXPLAINED,
    ESCALATED,
    INSTRUCTED,
    REPLIED,
    CLOSED;

    /** Open: still waiting for its answer. */
    public boolean open() {
        return this != REPLIED && this != CLOSED;
    }
}
