package org.egovarchive.command.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The tree of RFC 9162 §2.1 with SHA-256: leaf hash {@code SHA-256(0x00 || input)}, node hash
 * {@code SHA-256(0x01 || left || right)}, the root of the empty tree {@code SHA-256("")}. Proofs are
 * computed from the hashes of complete, aligned subtrees ({@link Nodes}), which the ledger stores, so
 * that a proof needs O(log n) of them whatever the tree's size.
 */
public final class MerkleTree {

    public static final int HASH_LENGTH = 32;
    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private MerkleTree() {
    }

    /**
     * The hashes of complete subtrees: {@code hash(level, index)} covers the leaves
     * {@code [index·2^level, (index+1)·2^level)}; level 0 holds the leaf hashes.
     */
    @FunctionalInterface
    public interface Nodes {
        byte[] hash(int level, long index);
    }

    public static byte[] leafHash(byte[] leafInput) {
        MessageDigest sha = sha256();
        sha.update(LEAF_PREFIX);
        return sha.digest(leafInput);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update(NODE_PREFIX);
        sha.update(left);
        return sha.digest(right);
    }

    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    /** MTH(D[0:size]). */
    public static byte[] root(long size, Nodes nodes) {
        return size == 0 ? emptyRoot() : hashOf(0, size, nodes);
    }

    /** PATH(index, D[0:size]) of RFC 9162 §2.1.3.1, nearest sibling first. */
    public static List<byte[]> inclusionPath(long index, long size, Nodes nodes) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of size " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(index, 0, size, nodes, path);
        return path;
    }

    /** PROOF(from, D[0:to]) of RFC 9162 §2.1.4.1; empty when {@code from == to}. */
    public static List<byte[]> consistencyPath(long from, long to, Nodes nodes) {
        if (from < 1 || from > to) {
            throw new IllegalArgumentException("no consistency proof from size " + from + " to size " + to);
        }
        List<byte[]> path = new ArrayList<>();
        subproof(from, 0, to, true, nodes, path);
        return path;
    }

    /** MTH(D[lo:hi]); every left part of the recursion is a complete, aligned subtree. */
    static byte[] hashOf(long lo, long hi, Nodes nodes) {
        long n = hi - lo;
        if (Long.bitCount(n) == 1 && lo % n == 0) {
            return nodes.hash(Long.numberOfTrailingZeros(n), lo / n);
        }
        long k = splitOf(n);
        return nodeHash(hashOf(lo, lo + k, nodes), hashOf(lo + k, hi, nodes));
    }

    private static void path(long m, long lo, long hi, Nodes nodes, List<byte[]> out) {
        if (hi - lo == 1) {
            return;
        }
        long k = splitOf(hi - lo);
        if (m < lo + k) {
            path(m, lo, lo + k, nodes, out);
            out.add(hashOf(lo + k, hi, nodes));
        } else {
            path(m, lo + k, hi, nodes, out);
            out.add(hashOf(lo, lo + k, nodes));
        }
    }

    private static void subproof(long m, long lo, long hi, boolean complete, Nodes nodes, List<byte[]> out) {
        long n = hi - lo;
        if (m == n) {
            if (!complete) {
                out.add(hashOf(lo, hi, nodes));
            }
            return;
        }
        long k = splitOf(n);
        if (m <= k) {
            subproof(m, lo, lo + k, complete, nodes, out);
            out.add(hashOf(lo + k, hi, nodes));
        } else {
            subproof(m - k, lo + k, hi, false, nodes, out);
            out.add(hashOf(lo, lo + k, nodes));
        }
    }

    /** The largest power of two smaller than {@code n} (n ≥ 2). */
    static long splitOf(long n) {
        return Long.highestOneBit(n - 1);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
