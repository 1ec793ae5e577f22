package org.egovarchive.kernel.staff;

/** The roles of those who act on the record. Leaders, auditors and admins act across departments; everyone else only within their own. */
public enum StaffRole {
    AUTHOR("撰稿人"),
    APPROVER("审签人"),
    SEAL_KEEPER("印章管理员"),
    HANDLER("办理人"),
    LEADER("领导"),
    AUDITOR("审计人员"),
    ADMIN("系统管理员"),
    /** Not staff: a member of the public acting through the public API (writing or rating a letter). */
    CITIZEN("公众");

    private final String label;

    StaffRole(String label) {
        this.label = label;
    }

    /** What the role is called on pages. */
    public String label() {
        return label;
    }

    public boolean crossDepartment() {
        return this == LEADER || this == AUDITOR || this == ADMIN;
    }
}
