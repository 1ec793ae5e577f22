package org.egovarchive.infra.verifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * RFC 9162 §2.1 with SHA-256: leaf and node hashes, and the verification of inclusion (§2.1.3.2) and
 * consistency (§2.1.4.2) proofs. A failed check says why, in words an auditor can act on.
 */
public final class Merkle {

    private static final String NOT_A_PREFIX = ": the older tree is not a prefix of the newer one (history changed), "
            + "or the proof is wrong";

    private Merkle() {
    }

    public static byte[] leafHash(byte[] leafInput) {
        return Digests.sha256(new byte[]{0x00}, leafInput);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        return Digests.sha256(new byte[]{0x01}, left, right);
    }

    /** Empty when the path leads from the leaf hash to {@code root}; otherwise why not. */
    public static Optional<String> inclusionProblem(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path,
                                                    byte[] root) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            return Optional.of("leaf index " + leafIndex + " does not lie in a tree of " + treeSize + " leaves");
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (int i = 0; i < path.size(); i++) {
            byte[] p = path.get(i);
            if (sn == 0) {
                return Optional.of("the path is too long: " + path.size() + " hashes, the tree needs " + i);
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            return Optional.of("the path is too short: " + path.size() + " hashes do not reach the root");
        }
        if (!Arrays.equals(r, root)) {
            return Optional.of("the path leads to root " + Hex.encode(r) + ", not to " + Hex.encode(root)
                    + " (a wrong leaf or sibling hash)");
        }
        return Optional.empty();
    }

    /** Empty when the path proves the tree of {@code first} leaves a prefix of the tree of {@code second}; otherwise why not. */
    public static Optional<String> consistencyProblem(long first, long second, byte[] firstRoot, byte[] secondRoot,
                                                      List<byte[]> path) {
        if (first < 1 || first > second) {
            return Optional.of("no consistency proof exists from size " + first + " to size " + second);
        }
        if (first == second) {
            return path.isEmpty() && Arrays.equals(firstRoot, secondRoot) ? Optional.empty()
                    : Optional.of("trees of equal size " + first + " must have equal roots and an empty proof");
        }
        if (path.isEmpty()) {
            return Optional.of("the proof is empty, but the trees differ in size");
        }
        List<byte[]> hashes = new ArrayList<>(path);
        if (Long.bitCount(first) == 1) {
            hashes.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = hashes.get(0);
        byte[] sr = hashes.get(0);
        for (int i = 1; i < hashes.size(); i++) {
            byte[] c = hashes.get(i);
            if (sn == 0) {
                return Optional.of("the proof is too long: it has hashes left after reaching the root");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            return Optional.of("the proof is too short to reach the root of the larger tree");
        }
        if (!Arrays.equals(fr, firstRoot)) {
            return Optional.of("the proof does not lead to the older root " + Hex.encode(firstRoot) + NOT_A_PREFIX);
        }
        if (!Arrays.equals(sr, secondRoot)) {
            return Optional.of("the proof does not lead to the newer root " + Hex.encode(secondRoot) + NOT_A_PREFIX);
        }
        return Optional.empty();
    }
}
