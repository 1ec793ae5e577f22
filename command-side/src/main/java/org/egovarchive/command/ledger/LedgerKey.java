package org.egovarchive.command.ledger;

import org.egovarchive.command.seal.SealKeyStore;
import org.egovarchive.kernel.seal.Hex;
import org.egovarchive.kernel.seal.SealAlgorithm;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The ledger's signing key: an SM2 key in the seal key store under a reserved alias, so that one
 * protected store (one password, one backup, one HSM in production) holds every private key, and the
 * private key never leaves the seal package. Made on first use; its public key is published in
 * {@code ledger_key}, where it stays after a rotation, so that old checkpoints remain verifiable.
 */
@Component
public class LedgerKey {

    /** The SM2 signer id: BouncyCastle's default, as for the seals (GB/T 35276). */
    public static final String SIGNER_ID = "1234567812345678";
    static final String ALGORITHM = "SM2";

    /** A published key: {@code keyId} is the first 8 bytes of SHA-256 over the public key, in hex. */
    public record Published(String keyId, String algorithm, String publicKey, String signerId, String createdAt) {
    }

    private final SealKeyStore keys;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final String alias;
    private final Clock clock;
    private volatile Published current;

    public LedgerKey(SealKeyStore keys, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                     LedgerProperties properties, Clock clock) {
        this.keys = keys;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        // committed on its own, even when the first checkpoint's transaction later rolls back
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.alias = properties.keyAlias();
        this.clock = clock;
    }

    public Published current() {
        Published known = current;
        return known != null ? known : publish();
    }

    public Optional<Published> find(String keyId) {
        List<Published> found = jdbc.query("select key_id, algorithm, public_key, created_at from ledger_key where key_id = ?",
                (rows, n) -> new Published(rows.getString(1), rows.getString(2), Hex.encode(rows.getBytes(3)), SIGNER_ID,
                        rows.getString(4)), keyId);
        return found.stream().findFirst();
    }

    /** The SM2 signature (DER) over {@code SM3(message)}, as docs/ledger.md describes. */
    byte[] sign(byte[] message) {
        current();
        return keys.sign(alias, SealAlgorithm.SM2.digest(message));
    }

    private synchronized Published publish() {
        if (current != null) {
            return current;
        }
        String publicKey = keys.publicKey(alias).orElseGet(() -> keys.generate(alias, SealAlgorithm.SM2));
        Published published = new Published(keyIdOf(Hex.decode(publicKey)), ALGORITHM, publicKey, SIGNER_ID,
                clock.instant().toString());
        ownTransaction.executeWithoutResult(status -> jdbc.update("insert into ledger_key (key_id, algorithm, public_key, "
                        + "key_alias, created_at) values (?, ?, ?, ?, ?) on conflict (key_id) do nothing",
                published.keyId(), published.algorithm(), Hex.decode(publicKey), alias, published.createdAt()));
        current = find(published.keyId()).orElseThrow();
        return current;
    }

    static String keyIdOf(byte[] publicKeyDer) {
        return Hex.encode(Arrays.copyOf(MerkleTree.sha256().digest(publicKeyDer), 8));
    }
}
