package org.egovarchive.kernel.staff;

/** The roles of staff. Leaders, auditors and admins act across departments; everyone else only within their own. */
public enum StaffRole {
    AUTHOR,
    APPROVER,
    SEAL_KEEPER,
    HANDLER,
    LEADER,
    AUDITOR,
    ADMIN;

    public boolean crossDepartment() {
        return this == LEADER || this == AUDITOR || this == ADMIN;
    }
}
