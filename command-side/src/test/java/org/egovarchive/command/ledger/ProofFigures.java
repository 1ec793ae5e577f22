package org.egovarchive.command.ledger;

import org.egovarchive.kernel.seal.Hex;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Proof sizes and times at a given tree size: with the tree in memory (the algorithm alone), and
 * with the tree in PostgreSQL (in a schema of its own, built with SQL's sha256), read as the API reads.
 */
final class ProofFigures {

    private ProofFigures() {
    }

    static List<String> inMemory(int size) {
        byte[][][] levels = build(size);
        MerkleTree.Nodes nodes = (level, index) -> levels[level][(int) index];
        List<String> lines = new ArrayList<>();
        int maxInclusion = 0;
        for (long leaf : new long[]{0, 1, size / 2, 777_777 % size, size - 2, size - 1}) {
            maxInclusion = Math.max(maxInclusion, MerkleTree.inclusionPath(leaf, size, nodes).size());
        }
        int maxConsistency = 0;
        for (long from : new long[]{1, 2, 3, 1023, 123_457 % size, size / 2 + 1, size - 1}) {
            maxConsistency = Math.max(maxConsistency, MerkleTree.consistencyPath(from, size, nodes).size());
        }
        lines.add(String.format("at %,d leaves: inclusion paths of at most %d hashes (%d bytes; about %d bytes as JSON),"
                        + " consistency paths of at most %d hashes (%d bytes; about %d bytes as JSON)", size, maxInclusion,
                maxInclusion * 32, json(maxInclusion, 170), maxConsistency, maxConsistency * 32, json(maxConsistency, 150)));
        Random random = new Random(1);
        int rounds = 20_000;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            MerkleTree.inclusionPath(random.nextInt(size), size, nodes);
            MerkleTree.consistencyPath(1 + random.nextInt(size - 1), size, nodes);
        }
        lines.add(String.format("in memory: one inclusion plus one consistency proof at %,d leaves in %.1f µs",
                size, (System.nanoTime() - start) / 1e3 / rounds));
        lines.add("in-memory root " + Hex.encode(MerkleTree.root(size, nodes)));
        return lines;
    }

    /** Builds the same tree (leaf i = SHA-256(0x00 || i as 8 bytes)) in schema bench, then times proofs read from it. */
    static List<String> inPostgres(String url, String user, String password, int size) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, password); Statement sql = connection.createStatement()) {
            long start = System.nanoTime();
            sql.execute("drop schema if exists bench cascade");
            sql.execute("create schema bench");
            sql.execute("create table bench.ledger_node (like public.ledger_node including all)");
            sql.execute("insert into bench.ledger_node select 0, i, sha256('\\x00'::bytea || int8send(i)) "
                    + "from generate_series(0, " + (size - 1) + ") i");
            for (int level = 1; (1L << level) <= size; level++) {
                sql.execute("insert into bench.ledger_node select " + level + ", a.node_index / 2, "
                        + "sha256('\\x01'::bytea || a.hash || b.hash) from bench.ledger_node a join bench.ledger_node b "
                        + "on b.level = a.level and b.node_index = a.node_index + 1 where a.level = " + (level - 1)
                        + " and a.node_index % 2 = 0");
            }
            sql.execute("analyze bench.ledger_node");
            lines.add(String.format("built a %,d-leaf tree in PostgreSQL in %.1f s", size, (System.nanoTime() - start) / 1e9));
            sql.execute("set search_path to bench");
            lines.add("PostgreSQL root " + Hex.encode(TreeStore.compute(connection, nodes -> MerkleTree.root(size, nodes))));
            Random random = new Random(2);
            int rounds = 300;
            start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                long leaf = random.nextInt(size);
                TreeStore.compute(connection, nodes -> MerkleTree.inclusionPath(leaf, size, nodes));
            }
            double inclusion = (System.nanoTime() - start) / 1e6 / rounds;
            start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                long from = 1 + random.nextInt(size - 1);
                TreeStore.compute(connection, nodes -> MerkleTree.consistencyPath(from, size, nodes));
            }
            double consistency = (System.nanoTime() - start) / 1e6 / rounds;
            lines.add(String.format("from PostgreSQL (one query each): inclusion proof %.2f ms, consistency proof %.2f ms"
                    + " at %,d leaves", inclusion, consistency, size));
            sql.execute("set search_path to public");
            sql.execute("drop schema bench cascade");
        }
        return lines;
    }

    private static byte[][][] build(int size) {
        Frontier frontier = new Frontier(0, List.of());
        byte[][][] levels = new byte[64 - Long.numberOfLeadingZeros(size)][][];
        for (int level = 0; level < levels.length; level++) {
            levels[level] = new byte[size >> level][];
        }
        for (long i = 0; i < size; i++) {
            byte[] input = ByteBuffer.allocate(8).putLong(i).array();
            frontier.append(MerkleTree.leafHash(input)).forEach(n -> levels[n.level()][(int) n.index()] = n.hash());
        }
        return levels;
    }

    /** Hex digits plus quotes and commas, and the other fields of the answer. */
    private static int json(int hashes, int otherFields) {
        return hashes * 67 + otherFields;
    }
}
