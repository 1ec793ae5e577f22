package org.egovarchive.command.ledger;

import org.egovarchive.kernel.seal.Hex;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * What a leaf commits to (docs/ledger.md, "Leaf input"): a version byte, then the event's identifier,
 * aggregate type, aggregate identifier, sequence number, stored timestamp and its hash-chain hash. The
 * chain hash covers payload and metadata; the rest pins what the chain leaves out — the event's id and
 * the stored time that reconstruction "as at an instant" relies on.
 */
public record LeafInput(String eventId, String aggregateType, String aggregateId, long sequence, String timestamp,
                        String chainHash) {

    static final byte VERSION = 1;

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(160);
        out.write(VERSION);
        text(out, eventId);
        text(out, aggregateType == null ? "" : aggregateType);
        text(out, aggregateId);
        out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(sequence).array());
        text(out, timestamp);
        byte[] hash = Hex.decode(chainHash);
        if (hash.length != MerkleTree.HASH_LENGTH) {
            throw new IllegalArgumentException("a chain hash has " + MerkleTree.HASH_LENGTH + " bytes, not " + hash.length);
        }
        out.writeBytes(hash);
        return out.toByteArray();
    }

    public byte[] leafHash() {
        return MerkleTree.leafHash(bytes());
    }

    /** Length-prefixed UTF-8: two bytes big-endian, then the bytes. */
    private static void text(ByteArrayOutputStream out, String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > 0xFFFF) {
            throw new IllegalArgumentException("a leaf field is limited to 65535 bytes");
        }
        out.write(utf8.length >> 8);
        out.write(utf8.length & 0xFF);
        out.writeBytes(utf8);
    }
}
