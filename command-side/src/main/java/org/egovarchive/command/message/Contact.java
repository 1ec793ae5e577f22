package org.egovarchive.command.message;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.egovarchive.kernel.canonical.CanonicalJson;
import org.egovarchive.kernel.seal.Hex;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A letter writer's contact details. Never logged, never in an event: {@link #toString()} hides them,
 * and only {@link #digest()} — SHA-256 of the canonical JSON {@code {"email","name","phone"}} — goes on record.
 */
public record Contact(String name, String phone, String email) {

    public String digest() {
        ObjectNode canonical = JsonNodeFactory.instance.objectNode();
        canonical.put("name", name);
        canonical.put("phone", phone);
        canonical.put("email", email);
        try {
            return Hex.encode(MessageDigest.getInstance("SHA-256").digest(CanonicalJson.bytes(canonical)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The name with all but its first character hidden, e.g. 张**; for staff who need no more. */
    public String maskedName() {
        if (name == null || name.isEmpty()) {
            return "";
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    @Override
    public String toString() {
        return "Contact[hidden]";
    }
}
