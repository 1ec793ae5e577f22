package org.egovarchive.command.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of the tree while appending: the complete subtrees that make up its size (one per
 * set bit, largest first). Appending a leaf merges equal subtrees into parents; every node it makes
 * is returned so that the store holds each complete subtree once.
 */
final class Frontier {

    /** One complete subtree, as stored. */
    record Node(int level, long index, byte[] hash) {
    }

    private final List<Node> subtrees;
    private long size;

    /** @param subtrees the complete subtrees of a tree of {@code size} leaves, largest first */
    Frontier(long size, List<Node> subtrees) {
        if (subtrees.size() != Long.bitCount(size)) {
            throw new IllegalArgumentException("a tree of " + size + " leaves has " + Long.bitCount(size)
                    + " complete subtrees at its edge, not " + subtrees.size());
        }
        this.size = size;
        this.subtrees = new ArrayList<>(subtrees);
    }

    /** Which complete subtrees a tree of {@code size} leaves has at its edge, largest first: (level, index). */
    static List<long[]> edgeOf(long size) {
        List<long[]> edge = new ArrayList<>();
        for (int level = 63; level >= 0; level--) {
            if ((size >> level & 1) == 1) {
                edge.add(new long[]{level, (size >> level) - 1});
            }
        }
        return edge;
    }

    /** Appends a leaf hash; returns the nodes this made: the leaf, then each parent it completed. */
    List<Node> append(byte[] leafHash) {
        List<Node> made = new ArrayList<>();
        Node node = new Node(0, size, leafHash);
        made.add(node);
        while (!subtrees.isEmpty() && subtrees.get(subtrees.size() - 1).level() == node.level()) {
            Node left = subtrees.remove(subtrees.size() - 1);
            node = new Node(node.level() + 1, left.index() >> 1, MerkleTree.nodeHash(left.hash(), node.hash()));
            made.add(node);
        }
        subtrees.add(node);
        size++;
        return made;
    }

    long size() {
        return size;
    }

    byte[] root() {
        if (subtrees.isEmpty()) {
            return MerkleTree.emptyRoot();
        }
        byte[] root = subtrees.get(subtrees.size() - 1).hash();
        for (int i = subtrees.size() - 2; i >= 0; i--) {
            root = MerkleTree.nodeHash(subtrees.get(i).hash(), root);
        }
        return root;
    }
}
