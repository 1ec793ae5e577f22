package org.egovarchive.command.message;

import org.egovarchive.kernel.seal.Hex;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Tracking codes a citizen follows their letter with: 20 characters of Crockford base32 from a
 * SecureRandom — 100 bits, so they cannot be guessed — grouped for reading (XXXXX-XXXXX-XXXXX-XXXXX).
 * Only their SHA-256 is kept.
 */
public final class TrackingCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 5 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The hash of a code as a citizen may type it: case, dashes and spaces do not matter. */
    public static String hash(String code) {
        String normal = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            return Hex.encode(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the text has the shape of a code at all (cheap refusal before any lookup). */
    public static boolean wellFormed(String code) {
        return code != null && code.replaceAll("[\\s-]", "").matches("[0-9A-Za-z]{" + LENGTH + "}");
    }
}
