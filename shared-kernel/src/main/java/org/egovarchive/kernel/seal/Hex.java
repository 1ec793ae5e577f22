package org.egovarchive.kernel.seal;

import java.util.HexFormat;

/**
 * Digests, signatures and public keys travel in events as lowercase hex. Decoding is strict (no
 * uppercase, no separators) so that one value has exactly one spelling in the hashed payloads.
 */
public final class Hex {

    private static final HexFormat LOWERCASE = HexFormat.of();

    private Hex() {
    }

    public static String encode(byte[] bytes) {
        return LOWERCASE.formatHex(bytes);
    }

    public static byte[] decode(String hex) {
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                throw new IllegalArgumentException("not lowercase hex at index " + i);
            }
        }
        if (hex.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits: " + hex.length());
        }
        return LOWERCASE.parseHex(hex);
    }
}
