package org.egovarchive.command.staff;

import org.egovarchive.kernel.staff.StaffRole;

import java.util.Objects;

/** The person behind a command: username, role and department. Carried by every command. */
public record Actor(String username, StaffRole role, String department) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(department, "department");
    }

    /** A member of the public acting through the public API; recorded as such, never as staff. */
    public static Actor citizen() {
        return new Actor("citizen", StaffRole.CITIZEN, "public");
    }

    /** Staff act on their own department's records; leaders, auditors and admins on all. */
    public boolean mayActFor(String recordDepartment) {
        return role.crossDepartment() || department.equals(recordDepartment);
    }

    public boolean is(StaffRole expected) {
        return role == expected;
    }
}
