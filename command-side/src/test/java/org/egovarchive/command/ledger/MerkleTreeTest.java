package org.egovarchive.command.ledger;

import org.egovarchive.infra.verifier.Merkle;
import org.egovarchive.kernel.seal.Hex;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tree against RFC 6962/9162 reference behaviour: the reference test tree of eight leaves (the
 * vectors of the Certificate Transparency implementations), and for every size up to 64 every
 * inclusion and consistency proof, checked by the independent verifier's RFC 9162 algorithms.
 */
class MerkleTreeTest {

    private static final String[] REFERENCE_LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};
    private static final String[] REFERENCE_ROOTS = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    @Test
    void theEmptyTreesRootIsTheHashOfNothing() {
        assertThat(Hex.encode(MerkleTree.root(0, (level, index) -> null)))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void theReferenceTreeHasTheReferenceRoots() {
        Tree tree = new Tree();
        for (int size = 1; size <= REFERENCE_LEAVES.length; size++) {
            tree.append(MerkleTree.leafHash(Hex.decode(REFERENCE_LEAVES[size - 1])));
            assertThat(Hex.encode(tree.frontier.root())).as("root of size %d, from the frontier", size)
                    .isEqualTo(REFERENCE_ROOTS[size - 1]);
            assertThat(Hex.encode(MerkleTree.root(size, tree))).as("root of size %d, from stored nodes", size)
                    .isEqualTo(REFERENCE_ROOTS[size - 1]);
        }
    }

    @Test
    void theReferenceTreeHasTheReferenceProofs() {
        Tree tree = new Tree();
        for (String leaf : REFERENCE_LEAVES) {
            tree.append(MerkleTree.leafHash(Hex.decode(leaf)));
        }
        assertThat(hex(MerkleTree.inclusionPath(0, 8, tree))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(MerkleTree.inclusionPath(0, 1, tree)).isEmpty();
        assertThat(hex(MerkleTree.consistencyPath(6, 8, tree))).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(MerkleTree.consistencyPath(2, 5, tree))).containsExactly(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertThat(MerkleTree.consistencyPath(8, 8, tree)).isEmpty();
    }

    @Test
    void everyInclusionProofUpTo64LeavesVerifies() {
        Tree tree = Tree.of(64);
        for (long size = 1; size <= 64; size++) {
            byte[] root = MerkleTree.root(size, tree);
            assertThat(root).isEqualTo(naiveRoot(tree.leaves.subList(0, (int) size)));
            for (long leaf = 0; leaf < size; leaf++) {
                List<byte[]> path = MerkleTree.inclusionPath(leaf, size, tree);
                assertThat(Merkle.inclusionProblem(leaf, size, tree.leaves.get((int) leaf), path, root))
                        .as("leaf %d of %d", leaf, size).isEmpty();
                assertThat(path).hasSizeLessThanOrEqualTo(64 - Long.numberOfLeadingZeros(size - 1));
            }
        }
    }

    @Test
    void everyConsistencyProofUpTo64LeavesVerifies() {
        Tree tree = Tree.of(64);
        for (long to = 1; to <= 64; to++) {
            for (long from = 1; from <= to; from++) {
                List<byte[]> path = MerkleTree.consistencyPath(from, to, tree);
                assertThat(Merkle.consistencyProblem(from, to, MerkleTree.root(from, tree), MerkleTree.root(to, tree), path))
                        .as("%d to %d", from, to).isEmpty();
            }
        }
    }

    @Test
    void aProofFromAnotherTreeDoesNotVerify() {
        Tree tree = Tree.of(20);
        Tree other = Tree.of(21);
        other.leaves.set(3, MerkleTree.leafHash(new byte[]{42}));
        List<byte[]> path = MerkleTree.consistencyPath(7, 20, tree);

        assertThat(Merkle.consistencyProblem(7, 20, naiveRoot(other.leaves.subList(0, 7)), MerkleTree.root(20, tree), path))
                .hasValueSatisfying(reason -> assertThat(reason).contains("history changed"));
    }

    @Test
    void theFrontierStoresEachCompleteSubtreeOnce() {
        Tree tree = Tree.of(1000);

        // floor(1000 / 2^level) complete subtrees at each level: 1000 + 500 + 250 + ... + 1
        assertThat(tree.nodes.size()).isEqualTo(1994);
        assertThat(Frontier.edgeOf(1000)).hasSize(Long.bitCount(1000));
    }

    private static byte[] naiveRoot(List<byte[]> leaves) {
        if (leaves.size() == 1) {
            return leaves.get(0);
        }
        int k = Integer.highestOneBit(leaves.size() - 1);
        return MerkleTree.nodeHash(naiveRoot(leaves.subList(0, k)), naiveRoot(leaves.subList(k, leaves.size())));
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(Hex::encode).toList();
    }

    /** A tree kept in memory the way the ledger keeps it in PostgreSQL. */
    static final class Tree implements MerkleTree.Nodes {
        final Frontier frontier = new Frontier(0, List.of());
        final Map<String, byte[]> nodes = new HashMap<>();
        final List<byte[]> leaves = new ArrayList<>();

        static Tree of(int size) {
            Tree tree = new Tree();
            for (int i = 0; i < size; i++) {
                tree.append(MerkleTree.leafHash(("leaf " + i).getBytes()));
            }
            return tree;
        }

        void append(byte[] leafHash) {
            leaves.add(leafHash);
            frontier.append(leafHash).forEach(node -> nodes.put(node.level() + "/" + node.index(), node.hash()));
        }

        @Override
        public byte[] hash(int level, long index) {
            byte[] hash = nodes.get(level + "/" + index);
            if (hash == null) {
                throw new IllegalStateException("no node " + level + "/" + index);
            }
            return hash;
        }
    }
}
