package org.egovarchive.kernel.seal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SealAlgorithmTest {

    private static final byte[] CONTENT = "关于印发《电子政务管理办法》的通知".getBytes(StandardCharsets.UTF_8);

    @Test
    void digestsWithSm3AndSha256() {
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);

        // GB/T 32905-2016 example 1 and FIPS 180-2 "abc"
        assertThat(Hex.encode(SealAlgorithm.SM2.digest(abc)))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        assertThat(Hex.encode(SealAlgorithm.ED25519.digest(abc)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @ParameterizedTest
    @EnumSource(SealAlgorithm.class)
    void verifiesWhatItSigned(SealAlgorithm algorithm) {
        KeyPair keys = algorithm.generateKeyPair();
        byte[] digest = algorithm.digest(CONTENT);

        byte[] signature = algorithm.sign(keys.getPrivate(), digest);

        assertThat(algorithm.verify(keys.getPublic().getEncoded(), digest, signature)).isTrue();
        assertThat(SealAlgorithm.ofPublicKey(keys.getPublic().getEncoded())).contains(algorithm);
    }

    @ParameterizedTest
    @EnumSource(SealAlgorithm.class)
    void refusesAFlippedByteAnywhere(SealAlgorithm algorithm) {
        KeyPair keys = algorithm.generateKeyPair();
        byte[] key = keys.getPublic().getEncoded();
        byte[] digest = algorithm.digest(CONTENT);
        byte[] signature = algorithm.sign(keys.getPrivate(), digest);

        assertThat(algorithm.verify(key, algorithm.digest(flip(CONTENT, CONTENT.length / 2)), signature)).isFalse();
        for (int i : new int[]{0, digest.length / 2, digest.length - 1}) {
            assertThat(algorithm.verify(key, flip(digest, i), signature)).as("digest byte %d", i).isFalse();
        }
        for (int i : new int[]{0, signature.length / 2, signature.length - 1}) {
            assertThat(algorithm.verify(key, digest, flip(signature, i))).as("signature byte %d", i).isFalse();
        }
        for (int i : new int[]{0, key.length / 2, key.length - 1}) {
            assertThat(algorithm.verify(flip(key, i), digest, signature)).as("key byte %d", i).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(SealAlgorithm.class)
    void refusesAnotherKeyTheOtherAlgorithmAndGarbage(SealAlgorithm algorithm) {
        KeyPair keys = algorithm.generateKeyPair();
        byte[] digest = algorithm.digest(CONTENT);
        byte[] signature = algorithm.sign(keys.getPrivate(), digest);
        SealAlgorithm other = algorithm == SealAlgorithm.SM2 ? SealAlgorithm.ED25519 : SealAlgorithm.SM2;

        assertThat(algorithm.verify(algorithm.generateKeyPair().getPublic().getEncoded(), digest, signature)).isFalse();
        assertThat(other.verify(keys.getPublic().getEncoded(), digest, signature)).isFalse();
        assertThat(algorithm.verify(new byte[]{0x30, 0x03, 0x01}, digest, signature)).isFalse();
        assertThat(algorithm.verify(keys.getPublic().getEncoded(), digest, new byte[0])).isFalse();
        assertThat(algorithm.verify(keys.getPublic().getEncoded(), CONTENT, signature)).isFalse();
    }

    @Test
    void sm2RefusesAKeyOnAnotherCurve() throws Exception {
        // SM3withSM2 would happily run on NIST P-256; a seal key must be on sm2p256v1
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", SealAlgorithm.provider());
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair p256 = generator.generateKeyPair();
        byte[] digest = SealAlgorithm.SM2.digest(CONTENT);
        Signature signer = Signature.getInstance("SM3withSM2", SealAlgorithm.provider());
        signer.initSign(p256.getPrivate());
        signer.update(digest);

        assertThat(SealAlgorithm.SM2.verify(p256.getPublic().getEncoded(), digest, signer.sign())).isFalse();
        assertThat(SealAlgorithm.ofPublicKey(p256.getPublic().getEncoded())).isEmpty();
    }

    @Test
    void ed25519SealsVerifyWithThePlainJdk() throws Exception {
        // an auditor without BouncyCastle can still check Ed25519 seals
        KeyPair keys = SealAlgorithm.ED25519.generateKeyPair();
        byte[] digest = SealAlgorithm.ED25519.digest(CONTENT);
        byte[] seal = SealAlgorithm.ED25519.sign(keys.getPrivate(), digest);

        Signature jdk = Signature.getInstance("Ed25519", "SunEC");
        jdk.initVerify(KeyFactory.getInstance("Ed25519", "SunEC")
                .generatePublic(new X509EncodedKeySpec(keys.getPublic().getEncoded())));
        jdk.update(digest);

        assertThat(jdk.verify(seal)).isTrue();
    }

    @Test
    void signsOnlyDigests() {
        KeyPair keys = SealAlgorithm.SM2.generateKeyPair();

        assertThatThrownBy(() -> SealAlgorithm.SM2.sign(keys.getPrivate(), CONTENT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SealAlgorithm.ED25519.sign(keys.getPrivate(), new byte[32]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] flip(byte[] bytes, int index) {
        byte[] copy = bytes.clone();
        copy[index] ^= 0x01;
        return copy;
    }
}
