package org.egovarchive.command.staff;

import org.egovarchive.kernel.staff.StaffAccount;
import org.egovarchive.web.PasswordHashes;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The staff accounts this instance knows: the demo accounts in demo mode, plus configured ones. */
public class StaffDirectory implements UserDetailsService {

    private final Map<String, StaffUser> users;

    private StaffDirectory(Stream<StaffUser> users) {
        this.users = users.collect(Collectors.toUnmodifiableMap(StaffUser::getUsername, Function.identity()));
    }

    /** @throws IllegalArgumentException when a configured account's hash is not bcrypt ({@link PasswordHashes}) */
    public static StaffDirectory of(StaffProperties configured, boolean demo, String demoPassword, PasswordEncoder encoder) {
        configured.accounts().forEach(a -> PasswordHashes.requireBcrypt(a.username(), a.passwordHash()));
        Stream<StaffUser> fromConfig = configured.accounts().stream()
                .map(a -> new StaffUser(new StaffAccount(a.username(), a.role(), a.department()), a.passwordHash()));
        if (!demo) {
            return new StaffDirectory(fromConfig);
        }
        String hash = encoder.encode(demoPassword);
        return new StaffDirectory(Stream.concat(fromConfig, StaffAccount.DEMO.stream().map(a -> new StaffUser(a, hash))));
    }

    /** The account of this username, if there is one. */
    public Optional<Actor> account(String username) {
        return Optional.ofNullable(users.get(username)).map(StaffUser::actor);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffUser user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("no such account");
        }
        // a copy: Spring Security erases the credentials of the instance it authenticates
        return new StaffUser(new StaffAccount(user.actor().username(), user.actor().role(), user.actor().department()),
                user.getPassword());
    }
}
