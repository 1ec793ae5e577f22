package org.egovarchive.command.seal;

import org.egovarchive.kernel.seal.Hex;
import org.egovarchive.kernel.seal.SealAlgorithm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;

/**
 * The seals' private keys, in a PKCS#12 file (an HSM in production would sit behind the same
 * methods). Keys go in by {@link #generate} and never come out: callers get public keys and
 * signatures, and no log line, exception message or {@code toString} carries key material or the
 * password. The file is read once; every change rewrites it atomically with mode 0600.
 *
 * <p>Loading and every save run PBKDF2 (300 000 rounds, BouncyCastle's default) once per key, some
 * 0.15–0.25 s each: fine for a city's few dozen seals and rare registrations; beyond that, the HSM.
 *
 * <p>Each private key sits under its seal id as alias. PKCS#12 compares aliases ignoring case, so
 * lookups here match the id exactly and {@code generate} refuses an id that differs from a stored
 * one only in case: two seals must never share a key.
 */
public class SealKeyStore {

    private static final Logger log = LoggerFactory.getLogger(SealKeyStore.class);

    /** PBES2 with AES-256 for keys and AES-128 for certificates, instead of the legacy 3DES/RC2 default. */
    private static final String STORE_TYPE = "PKCS12-AES256-AES128";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final char[] password;
    private final KeyStore store;

    public SealKeyStore(Path file, char[] password) {
        if (password.length == 0) {
            throw new IllegalArgumentException("a seal key store needs a password");
        }
        this.file = file.toAbsolutePath();
        this.password = password.clone();
        this.store = load(this.file, this.password);
    }

    /** Creates a key pair for a new seal, stores its private key and returns the public key as hex X.509 DER. */
    public synchronized String generate(String sealId, SealAlgorithm algorithm) {
        if (containsIgnoringCase(sealId)) {
            throw new IllegalArgumentException("the key store already holds a key for seal " + sealId
                    + " (or for an id differing only in case)");
        }
        KeyPair keys = algorithm.generateKeyPair();
        try {
            store.setKeyEntry(sealId, keys.getPrivate(), password,
                    new Certificate[]{SelfSignedCertificate.issue(sealId, keys, algorithm)});
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot store the key of seal " + sealId, e);
        }
        try {
            save();
        } catch (RuntimeException e) {
            // what is not on disk must not be usable either
            deleteEntry(sealId);
            throw e;
        }
        log.info("generated a {} key for seal {}", algorithm, sealId);
        return Hex.encode(keys.getPublic().getEncoded());
    }

    /** The seal's signature of a digest, with the algorithm its key was made for. */
    public byte[] sign(String sealId, byte[] digest) {
        PrivateKey key;
        Certificate certificate;
        synchronized (this) {
            if (!contains(sealId)) {
                throw new SealKeyNotFoundException(sealId);
            }
            try {
                key = (PrivateKey) store.getKey(sealId, password);
                certificate = store.getCertificate(sealId);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot read the key of seal " + sealId, e);
            }
        }
        SealAlgorithm algorithm = SealAlgorithm.ofPublicKey(certificate.getPublicKey().getEncoded())
                .orElseThrow(() -> new IllegalStateException("the key of seal " + sealId + " fits no seal algorithm"));
        return algorithm.sign(key, digest);
    }

    /** The public key stored with a key, as hex X.509 DER; empty when there is no such key. */
    public synchronized Optional<String> publicKey(String sealId) {
        if (!contains(sealId)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Hex.encode(store.getCertificate(sealId).getPublicKey().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the certificate of " + sealId, e);
        }
    }

    public synchronized boolean contains(String sealId) {
        return aliases().contains(sealId);
    }

    /** Removes a seal's key, for a registration that failed after its key was made. No key, nothing to do. */
    public synchronized void delete(String sealId) {
        if (!contains(sealId)) {
            return;
        }
        deleteEntry(sealId);
        save();
        log.info("deleted the key of seal {}", sealId);
    }

    @Override
    public String toString() {
        return "SealKeyStore[" + file + "]";
    }

    private static KeyStore load(Path file, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance(STORE_TYPE, SealAlgorithm.provider());
            if (!Files.exists(file)) {
                requireWritableDirectory(file);
                store.load(null, null);
                return store;
            }
            warnIfOthersMayRead(file);
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, password);
            }
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read seal key store " + file + " (wrong password or damaged file?)", e);
        }
    }

    private static void requireWritableDirectory(Path file) {
        // found now rather than at the first seal registration, weeks after a deployment
        Path directory = file.getParent();
        if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
            throw new IllegalStateException("seal key store " + file + " does not exist and " + directory + " is not a writable directory");
        }
    }

    private static void warnIfOthersMayRead(Path file) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(permissions)) {
            log.warn("seal key store {} has mode {}; expected {}", file,
                    PosixFilePermissions.toString(permissions), PosixFilePermissions.toString(OWNER_ONLY));
        }
    }

    private Set<String> aliases() {
        try {
            return Set.copyOf(Collections.list(store.aliases()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot list seal key store " + file, e);
        }
    }

    private boolean containsIgnoringCase(String sealId) {
        return aliases().stream().anyMatch(sealId::equalsIgnoreCase);
    }

    private void deleteEntry(String sealId) {
        try {
            store.deleteEntry(sealId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot delete the key of seal " + sealId, e);
        }
    }

    /** Temp file (0600 from its creation), fsync, atomic rename, fsync of the directory: all or nothing, and durable. */
    private void save() {
        Path directory = file.getParent();
        Path temp = null;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            store.store(bytes, password);
            temp = Files.createTempFile(directory, file.getFileName() + ".", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes.toByteArray());
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
                dir.force(true);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot write seal key store " + file, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            log.warn("could not remove temporary file {}", temp);
        }
    }
}
