package org.egovarchive.infra.verifier;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 (JCS) for the values the records hold: object members sorted by their names' UTF-16 code
 * units, no whitespace, strings escaped as JCS prescribes, UTF-8. Numbers must be integers within
 * ±(2^53−1), where JCS's ECMAScript form is plain decimal; anything else is refused (docs/hash-chain.md).
 */
public final class Canonical {

    private static final BigInteger MAX = BigInteger.valueOf((1L << 53) - 1);

    private Canonical() {
    }

    public static byte[] bytes(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode value, StringBuilder out) {
        if (value.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(value.properties());
            members.sort(Map.Entry.comparingByKey());
            out.append('{');
            for (int i = 0; i < members.size(); i++) {
                out.append(i > 0 ? "," : "");
                string(members.get(i).getKey(), out);
                out.append(':');
                write(members.get(i).getValue(), out);
            }
            out.append('}');
        } else if (value.isArray()) {
            out.append('[');
            for (int i = 0; i < value.size(); i++) {
                out.append(i > 0 ? "," : "");
                write(value.get(i), out);
            }
            out.append(']');
        } else if (value.isTextual()) {
            string(value.textValue(), out);
        } else if (value.isIntegralNumber()) {
            BigInteger number = value.bigIntegerValue();
            if (number.abs().compareTo(MAX) > 0) {
                throw new IllegalArgumentException("integer beyond ±(2^53-1): " + number);
            }
            out.append(number);
        } else if (value.isBoolean()) {
            out.append(value.booleanValue());
        } else if (value.isNull()) {
            out.append("null");
        } else {
            throw new IllegalArgumentException("no canonical form for " + value.getNodeType() + " " + value);
        }
    }

    private static void string(String text, StringBuilder out) {
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
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
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
