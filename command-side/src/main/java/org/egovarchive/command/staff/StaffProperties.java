package org.egovarchive.command.staff;

import org.egovarchive.kernel.staff.StaffRole;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Accounts outside demo mode: {@code egov.security.accounts[n].username|role|department|password-hash}
 * with bcrypt hashes ({@code {bcrypt}$2a$...}); no plain passwords in configuration, and no other hash
 * ({@code {noop}}, {@code {MD5}}, {@code {SHA-1}} …): {@link StaffDirectory} refuses them at start-up.
 */
@ConfigurationProperties("egov.security")
public record StaffProperties(List<Account> accounts) {

    public StaffProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    public record Account(String username, StaffRole role, String department, String passwordHash) {
    }
}
