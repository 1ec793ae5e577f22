package org.egovarchive.web;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The password hashes staff accounts may be configured with: bcrypt at a cost of at least
 * {@value #MIN_COST}. Spring's delegating encoder would also accept {@code {noop}} (the password
 * itself), {@code {MD5}}, {@code {SHA-1}} and other unsalted or fast digests, which a stolen
 * configuration gives up in seconds; both applications check every configured account with
 * {@link #requireBcrypt} when they build their account list, so such a hash stops the start-up
 * instead of waiting for someone to sign in with it.
 */
public final class PasswordHashes {

    static final int MIN_COST = 10;

    private static final Pattern BCRYPT = Pattern.compile("\\{bcrypt}\\$2[aby]?\\$(\\d{2})\\$[./A-Za-z0-9]{53}");
    private static final Pattern ID = Pattern.compile("\\{([^}]*)}.*", Pattern.DOTALL);

    private PasswordHashes() {
    }

    /** The encoder both applications check passwords with; it reads the {@code {id}} prefix of each hash. */
    public static PasswordEncoder encoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * @throws IllegalArgumentException naming the account and what its hash is, when it is not a bcrypt
     *                                  hash of sufficient cost
     */
    public static void requireBcrypt(String username, String hash) {
        String value = hash == null ? "" : hash.strip();
        Matcher bcrypt = BCRYPT.matcher(value);
        if (bcrypt.matches() && Integer.parseInt(bcrypt.group(1)) >= MIN_COST) {
            return;
        }
        throw new IllegalArgumentException("egov.security.accounts: the password hash of " + username + " is "
                + describe(value, bcrypt.matches() ? bcrypt.group(1) : null)
                + "; configure {bcrypt}$2a$" + MIN_COST + "$… or a higher cost"
                + " (htpasswd -nbBC 12 '' PASSWORD gives one after its colon)");
    }

    private static String describe(String hash, String weakCost) {
        if (hash.isEmpty()) {
            return "missing";
        }
        if (weakCost != null) {
            return "bcrypt at cost " + weakCost + ", below " + MIN_COST;
        }
        Matcher id = ID.matcher(hash);
        return id.matches() ? "{" + id.group(1) + "}, which is not accepted" : "without an {id} prefix";
    }
}
