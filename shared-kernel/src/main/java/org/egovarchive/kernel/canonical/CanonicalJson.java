package org.egovarchive.kernel.canonical;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The canonical JSON form of RFC 8785 (JCS) for the values our events carry: objects with their
 * keys sorted by UTF-16 code units, no whitespace, JCS string escaping, UTF-8 bytes. Seals and
 * hashes are computed over these bytes, so a verifier in any language with a JCS library gets the
 * same bytes.
 *
 * <p>Numbers are limited to integers within ±(2<sup>53</sup>−1): JCS writes numbers as ECMAScript
 * doubles, which agree with plain decimal only for those. Anything else (fractions, larger
 * integers) is refused rather than formatted in a way another implementation might not reproduce.
 * Strings with an unpaired surrogate are refused too: they have no UTF-8 form, and replacing them
 * would give two different strings the same bytes.
 */
public final class CanonicalJson {

    static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private static final BigInteger MAX = BigInteger.valueOf(MAX_SAFE_INTEGER);
    private static final BigInteger MIN = MAX.negate();
    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private CanonicalJson() {
    }

    /** The canonical form as UTF-8 bytes: what seals and hashes are computed over. */
    public static byte[] bytes(JsonNode value) {
        return string(value).getBytes(StandardCharsets.UTF_8);
    }

    public static String string(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(JsonNode value, StringBuilder out) {
        switch (value.getNodeType()) {
            case OBJECT -> writeObject(value, out);
            case ARRAY -> writeArray(value, out);
            case STRING -> writeString(value.textValue(), out);
            case NUMBER -> writeNumber(value, out);
            case BOOLEAN -> out.append(value.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("not a JSON value: " + value.getNodeType());
        }
    }

    private static void writeObject(JsonNode object, StringBuilder out) {
        // String.compareTo compares UTF-16 code units, which is exactly the order JCS prescribes
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(object.properties());
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(members.get(i).getKey(), out);
            out.append(':');
            write(members.get(i).getValue(), out);
        }
        out.append('}');
    }

    private static void writeArray(JsonNode array, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < array.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            write(array.get(i), out);
        }
        out.append(']');
    }

    private static void writeNumber(JsonNode number, StringBuilder out) {
        if (!number.isIntegralNumber()) {
            throw new IllegalArgumentException("only integers have a canonical form here, not " + number.asText());
        }
        BigInteger value = number.bigIntegerValue();
        if (value.compareTo(MAX) > 0 || value.compareTo(MIN) < 0) {
            throw new IllegalArgumentException("integer outside ±(2^53-1) has no exact canonical form: " + value);
        }
        out.append(value);
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX_DIGITS[c >> 4]).append(HEX_DIGITS[c & 0xf]);
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new IllegalArgumentException("unpaired surrogate at index " + i);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
