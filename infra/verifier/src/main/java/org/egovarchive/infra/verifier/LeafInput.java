package org.egovarchive.infra.verifier;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** The leaf input of docs/ledger.md, "Leaf input", rebuilt from an event's fields. */
public final class LeafInput {

    private LeafInput() {
    }

    public static byte[] bytes(String eventId, String aggregateType, String aggregateId, long sequence, String timestamp,
                               byte[] chainHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(1);
        text(out, eventId);
        text(out, aggregateType == null ? "" : aggregateType);
        text(out, aggregateId);
        out.writeBytes(ByteBuffer.allocate(8).putLong(sequence).array());
        text(out, timestamp);
        out.writeBytes(chainHash);
        return out.toByteArray();
    }

    private static void text(ByteArrayOutputStream out, String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.write(utf8.length >> 8 & 0xFF);
        out.write(utf8.length & 0xFF);
        out.writeBytes(utf8);
    }
}
