package org.egovarchive.kernel.staff;

import java.util.List;

/** A staff account: who, in which role, for which department. Credentials live with each side's security. */
public record StaffAccount(String username, StaffRole role, String department) {

    /** The accounts demo mode creates (API.md); outside demo mode none of these exist. */
    public static final List<StaffAccount> DEMO = List.of(
            new StaffAccount("author1", StaffRole.AUTHOR, "info-center"),
            new StaffAccount("author2", StaffRole.AUTHOR, "housing"),
            new StaffAccount("approver1", StaffRole.APPROVER, "info-center"),
            new StaffAccount("approver2", StaffRole.APPROVER, "housing"),
            new StaffAccount("keeper1", StaffRole.SEAL_KEEPER, "info-center"),
            new StaffAccount("keeper2", StaffRole.SEAL_KEEPER, "housing"),
            new StaffAccount("handler1", StaffRole.HANDLER, "info-center"),
            new StaffAccount("handler2", StaffRole.HANDLER, "housing"),
            new StaffAccount("leader1", StaffRole.LEADER, "office"),
            new StaffAccount("auditor1", StaffRole.AUDITOR, "office"),
            new StaffAccount("admin1", StaffRole.ADMIN, "office"));
}
