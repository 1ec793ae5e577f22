package org.egovarchive.command.ledger;

import java.nio.charset.StandardCharsets;

/**
 * A signed tree head. The signature is over {@link #signedBytes()} (docs/ledger.md, "Checkpoint"):
 * six lines, each ended by a line feed — the format name, the origin, the tree size, the root hash,
 * the time and the key id.
 *
 * @param rootHash  lowercase hex
 * @param time      ISO-8601 in UTC, exactly the text that was signed
 * @param signature lowercase hex of the DER-encoded SM2 signature
 */
public record Checkpoint(String origin, long treeSize, String rootHash, String time, String keyId, String algorithm,
                         String signature) {

    public static final String FORMAT = "egov-archive ledger checkpoint v1";

    public byte[] signedBytes() {
        return body(origin, treeSize, rootHash, time, keyId);
    }

    static byte[] body(String origin, long treeSize, String rootHash, String time, String keyId) {
        return (FORMAT + "\n" + origin + "\n" + treeSize + "\n" + rootHash + "\n" + time + "\n" + keyId + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
