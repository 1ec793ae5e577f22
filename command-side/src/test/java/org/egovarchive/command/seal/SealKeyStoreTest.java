package org.egovarchive.command.seal;

import org.egovarchive.kernel.seal.Hex;
import org.egovarchive.kernel.seal.SealAlgorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SealKeyStoreTest {

    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();
    private static final byte[] CONTENT = "关于印发《电子政务管理办法》的通知".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("seals.p12");
    }

    @ParameterizedTest
    @EnumSource(SealAlgorithm.class)
    void signsWhatTheSharedKernelVerifies(SealAlgorithm algorithm) {
        var store = new SealKeyStore(file(), PASSWORD);
        String publicKey = store.generate("seal-info-center", algorithm);
        byte[] digest = algorithm.digest(CONTENT);

        byte[] signature = store.sign("seal-info-center", digest);

        assertThat(algorithm.verify(Hex.decode(publicKey), digest, signature)).isTrue();
        assertThat(SealAlgorithm.ofPublicKey(Hex.decode(publicKey))).contains(algorithm);
    }

    @ParameterizedTest
    @EnumSource(SealAlgorithm.class)
    void aReloadedStoreSignsWithTheSameKey(SealAlgorithm algorithm) {
        String publicKey = new SealKeyStore(file(), PASSWORD).generate("seal-1", algorithm);
        byte[] digest = algorithm.digest(CONTENT);

        byte[] signature = new SealKeyStore(file(), PASSWORD).sign("seal-1", digest);

        assertThat(algorithm.verify(Hex.decode(publicKey), digest, signature)).isTrue();
    }

    @Test
    void theFileIsTheOwnersAloneAndNoTemporaryFileIsLeft() throws Exception {
        new SealKeyStore(file(), PASSWORD).generate("seal-1", SealAlgorithm.SM2);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file());
        }
    }

    @Test
    void nothingIsWrittenUntilTheFirstKey() {
        new SealKeyStore(file(), PASSWORD);

        assertThat(file()).doesNotExist();
    }

    @Test
    void concurrentGenerationsAllSurviveAReload() throws Exception {
        var store = new SealKeyStore(file(), PASSWORD);
        // every save re-encrypts every key (PBKDF2, 300 000 rounds each): a few threads show it and stay quick
        int threads = 6;
        Map<String, String> publicKeys = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String sealId = "seal-" + t;
            SealAlgorithm algorithm = t % 2 == 0 ? SealAlgorithm.SM2 : SealAlgorithm.ED25519;
            done.add(pool.submit(() -> {
                start.await();
                return publicKeys.put(sealId, store.generate(sealId, algorithm));
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();

        var reloaded = new SealKeyStore(file(), PASSWORD);

        assertThat(publicKeys).hasSize(threads);
        publicKeys.forEach((sealId, publicKey) -> {
            SealAlgorithm algorithm = SealAlgorithm.ofPublicKey(Hex.decode(publicKey)).orElseThrow();
            byte[] digest = algorithm.digest(CONTENT);
            assertThat(algorithm.verify(Hex.decode(publicKey), digest, reloaded.sign(sealId, digest))).as(sealId).isTrue();
        });
    }

    @Test
    void aKeyThatCouldNotBeSavedIsNotKept() throws Exception {
        Path gone = Files.createDirectory(dir.resolve("gone"));
        var store = new SealKeyStore(gone.resolve("seals.p12"), PASSWORD);
        Files.delete(gone);

        assertThatThrownBy(() -> store.generate("seal-1", SealAlgorithm.SM2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot write");
        assertThat(store.contains("seal-1")).isFalse();
    }

    @Test
    void anUnknownSealIsNamedAndNothingElse() {
        var store = new SealKeyStore(file(), PASSWORD);
        String otherKey = store.generate("seal-known", SealAlgorithm.SM2);

        assertThatThrownBy(() -> store.sign("seal-unknown", new byte[32]))
                .isInstanceOf(SealKeyNotFoundException.class)
                .hasMessage("no private key for seal seal-unknown")
                .message().doesNotContain(otherKey.substring(otherKey.length() - 16));
    }

    @Test
    void refusesASecondKeyForOneSealEvenInAnotherCase() {
        var store = new SealKeyStore(file(), PASSWORD);
        String publicKey = store.generate("Seal-A", SealAlgorithm.ED25519);

        assertThatThrownBy(() -> store.generate("Seal-A", SealAlgorithm.ED25519)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.generate("seal-a", SealAlgorithm.SM2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.contains("seal-a")).isFalse();
        assertThatThrownBy(() -> store.sign("seal-a", new byte[32])).isInstanceOf(SealKeyNotFoundException.class);
        byte[] digest = SealAlgorithm.ED25519.digest(CONTENT);
        assertThat(SealAlgorithm.ED25519.verify(Hex.decode(publicKey), digest,
                new SealKeyStore(file(), PASSWORD).sign("Seal-A", digest))).isTrue();
    }

    @Test
    void deletesAKeyForGood() {
        var store = new SealKeyStore(file(), PASSWORD);
        store.generate("seal-1", SealAlgorithm.SM2);
        store.generate("seal-2", SealAlgorithm.SM2);

        store.delete("seal-1");
        store.delete("SEAL-2");

        assertThat(store.contains("seal-1")).isFalse();
        var reloaded = new SealKeyStore(file(), PASSWORD);
        assertThat(reloaded.contains("seal-1")).isFalse();
        assertThat(reloaded.contains("seal-2")).isTrue();
    }

    @Test
    void aWrongPasswordIsReportedWithoutAnyPassword() {
        new SealKeyStore(file(), PASSWORD).generate("seal-1", SealAlgorithm.SM2);

        assertThatThrownBy(() -> new SealKeyStore(file(), "guess".toCharArray()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("seals.p12")
                .message().doesNotContain("guess").doesNotContain(new String(PASSWORD));
    }

    @Test
    void saysNothingAboutItsSecrets() {
        var store = new SealKeyStore(file(), PASSWORD);
        store.generate("seal-1", SealAlgorithm.SM2);

        assertThat(store.toString()).isEqualTo("SealKeyStore[" + file().toAbsolutePath() + "]");
    }

    @Test
    void refusesAnEmptyPasswordAndAMissingDirectory() {
        assertThatThrownBy(() -> new SealKeyStore(file(), new char[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SealKeyStore(dir.resolve("missing").resolve("seals.p12"), PASSWORD))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing");
    }
}
