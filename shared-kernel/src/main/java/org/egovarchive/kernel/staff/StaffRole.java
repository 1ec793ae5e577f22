package org.egovarchive.kernel.staff;

/** The roles of those who act on the record. Leaders, auditors and admins act across departments; everyone else only within their own. */
public enum StaffRole {
    AUTHOR,
    APPROVER,
    SEAL_KEEPER,
    HANDLER,
    LEADER,
    AUDITOR,
    ADMIN,
    /** Not staff: a member of the public acting through the public API (writing or rating a letter). */
    CITIZEN;

    public boolean crossDepartment() {
        return this == LEADER || this == AUDITOR || this == ADMIN;
    }
}
