package org.egovarchive.query.staff;

import org.egovarchive.kernel.staff.StaffAccount;
import org.egovarchive.kernel.staff.StaffRole;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/** A signed-in member of staff: username, role and department. */
public class Staff extends User {

    private final StaffRole role;
    private final String department;

    public Staff(StaffAccount account, String passwordHash) {
        super(account.username(), passwordHash, List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        this.role = account.role();
        this.department = account.department();
    }

    public StaffRole role() {
        return role;
    }

    public String department() {
        return department;
    }

    /** Leaders, auditors and admins read across departments; everyone else reads their own. */
    public boolean readsAllDepartments() {
        return role.crossDepartment();
    }
}
