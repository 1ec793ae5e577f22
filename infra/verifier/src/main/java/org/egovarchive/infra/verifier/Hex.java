package org.egovarchive.infra.verifier;

import java.util.HexFormat;

/** Lowercase hex, strictly: one value has one spelling. */
public final class Hex {

    private static final HexFormat LOWER = HexFormat.of();

    private Hex() {
    }

    public static String encode(byte[] bytes) {
        return LOWER.formatHex(bytes);
    }

    /** @throws IllegalArgumentException for uppercase, odd length or anything but hex digits */
    public static byte[] decode(String hex) {
        if (hex == null || hex.length() % 2 != 0 || !hex.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
            throw new IllegalArgumentException("not lowercase hex: " + (hex == null ? "null"
                    : hex.length() > 80 ? hex.substring(0, 80) + "…" : hex));
        }
        return LOWER.parseHex(hex);
    }
}
