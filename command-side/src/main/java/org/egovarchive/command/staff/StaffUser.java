package org.egovarchive.command.staff;

import org.egovarchive.kernel.staff.StaffAccount;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/** An authenticated member of staff, as Spring Security holds it. */
public class StaffUser extends User {

    private final transient Actor actor;

    public StaffUser(StaffAccount account, String passwordHash) {
        super(account.username(), passwordHash, List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        this.actor = new Actor(account.username(), account.role(), account.department());
    }

    public Actor actor() {
        return actor;
    }
}
