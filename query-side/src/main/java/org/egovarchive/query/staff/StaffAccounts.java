package org.egovarchive.query.staff;

import org.egovarchive.kernel.staff.StaffAccount;
import org.egovarchive.kernel.staff.StaffRole;
import org.egovarchive.web.PasswordHashes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff accounts: the demo accounts of API.md in demo mode, plus configured ones
 * ({@code egov.security.accounts[n].username|role|department|password-hash}, bcrypt: any other hash stops
 * the start-up, see {@link PasswordHashes}).
 */
@Component
public class StaffAccounts implements UserDetailsService {

    private final Map<String, Entry> accounts = new HashMap<>();

    private record Entry(StaffAccount account, String passwordHash) {
    }

    /** Configured accounts. */
    @ConfigurationProperties("egov.security")
    public record Configured(@DefaultValue List<Account> accounts) {
        public record Account(String username, StaffRole role, String department, String passwordHash) {
        }
    }

    public StaffAccounts(Configured configured, PasswordEncoder encoder, @Value("${egov.demo.enabled:false}") boolean demo,
                         @Value("${egov.demo.password:demo}") String demoPassword) {
        configured.accounts().forEach(a -> PasswordHashes.requireBcrypt(a.username(), a.passwordHash()));
        configured.accounts().forEach(a -> accounts.put(a.username(),
                new Entry(new StaffAccount(a.username(), a.role(), a.department()), a.passwordHash())));
        if (demo) {
            String hash = encoder.encode(demoPassword);
            StaffAccount.DEMO.forEach(a -> accounts.putIfAbsent(a.username(), new Entry(a, hash)));
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Entry entry = accounts.get(username);
        if (entry == null) {
            throw new UsernameNotFoundException("no such account");
        }
        return new Staff(entry.account(), entry.passwordHash());
    }
}
