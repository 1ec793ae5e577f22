package org.egovarchive.kernel.seal;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Objects;
import java.util.Optional;

/**
 * How a seal signs: the content's canonical bytes are digested, and the 32-byte digest itself is
 * the message that is signed. SM2 (GB/T 32918) digests with SM3 and signs with {@code SM3withSM2}
 * (BouncyCastle's default signer id {@code 1234567812345678}, DER-encoded r and s); Ed25519
 * digests with SHA-256 and signs with plain Ed25519 (64 bytes). Public keys are X.509
 * SubjectPublicKeyInfo DER: SM2 as id-ecPublicKey on the named curve sm2p256v1.
 *
 * <p>All of it runs on one private BouncyCastle instance that is never added to
 * {@link java.security.Security}: registering it would change which provider serves TLS, key
 * stores and random numbers for the whole JVM, and a verifier must not depend on whether (or which
 * version of) BouncyCastle someone else registered.
 */
public enum SealAlgorithm {

    SM2("SM3", "EC", "SM3withSM2"),
    ED25519("SHA-256", "Ed25519", "Ed25519");

    public static final int DIGEST_LENGTH = 32;

    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();
    /** SM2 signatures need fresh randomness; one seeded generator rather than a new one per signature. */
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SM2_CURVE = "sm2p256v1";
    /** RFC 8410; BouncyCastle keeps its own constant in an internal package. */
    private static final ASN1ObjectIdentifier ID_ED25519 = new ASN1ObjectIdentifier("1.3.101.112");

    private final String digestName;
    private final String keyAlgorithm;
    private final String signatureName;

    SealAlgorithm(String digestName, String keyAlgorithm, String signatureName) {
        this.digestName = digestName;
        this.keyAlgorithm = keyAlgorithm;
        this.signatureName = signatureName;
    }

    /** The provider every seal operation uses; the command side builds key stores and certificates on it too. */
    public static Provider provider() {
        return BOUNCY_CASTLE;
    }

    /** The algorithm whose keys look like this X.509 public key, if any. */
    public static Optional<SealAlgorithm> ofPublicKey(byte[] publicKeyDer) {
        AlgorithmIdentifier id;
        try {
            id = SubjectPublicKeyInfo.getInstance(publicKeyDer).getAlgorithm();
        } catch (RuntimeException notAPublicKey) {
            return Optional.empty();
        }
        ASN1ObjectIdentifier type = id.getAlgorithm();
        if (ID_ED25519.equals(type)) {
            return Optional.of(ED25519);
        }
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(type) && GMObjectIdentifiers.sm2p256v1.equals(id.getParameters())) {
            return Optional.of(SM2);
        }
        return Optional.empty();
    }

    /** The JCA name of the signature, for whoever signs something else (a certificate) with a seal key. */
    public String signatureName() {
        return signatureName;
    }

    public byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance(digestName, BOUNCY_CASTLE).digest(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("BouncyCastle lacks " + digestName, e);
        }
    }

    /**
     * Whether {@code signature} is this algorithm's signature of {@code digest} under the key.
     * Anything that does not verify — a wrong key, a key of the other algorithm or another curve,
     * a digest of the wrong length, garbage — is {@code false}, never an exception.
     */
    public boolean verify(byte[] publicKeyDer, byte[] digest, byte[] signature) {
        Objects.requireNonNull(publicKeyDer, "publicKeyDer");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(signature, "signature");
        if (digest.length != DIGEST_LENGTH || ofPublicKey(publicKeyDer).orElse(null) != this) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(signatureName, BOUNCY_CASTLE);
            verifier.initVerify(KeyFactory.getInstance(keyAlgorithm, BOUNCY_CASTLE)
                    .generatePublic(new X509EncodedKeySpec(publicKeyDer)));
            verifier.update(digest);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            // malformed keys and signatures surface as assorted exceptions from the ASN.1 and curve code
            return false;
        }
    }

    /** Signs a digest. Meant for the command side's key store; here so that signing and verifying cannot drift apart. */
    public byte[] sign(PrivateKey key, byte[] digest) {
        if (digest.length != DIGEST_LENGTH) {
            throw new IllegalArgumentException("a seal signs a " + DIGEST_LENGTH + "-byte digest, not " + digest.length + " bytes");
        }
        try {
            Signature signer = Signature.getInstance(signatureName, BOUNCY_CASTLE);
            signer.initSign(key, RANDOM);
            signer.update(digest);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("key cannot sign with " + this, e);
        }
    }

    /** A fresh key pair of the shape {@link #ofPublicKey} recognises. */
    public KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(keyAlgorithm, BOUNCY_CASTLE);
            if (this == SM2) {
                generator.initialize(new ECGenParameterSpec(SM2_CURVE));
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("BouncyCastle cannot generate " + this + " keys", e);
        }
    }
}
