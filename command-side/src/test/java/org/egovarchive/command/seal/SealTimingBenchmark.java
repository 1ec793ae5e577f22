package org.egovarchive.command.seal;

import org.egovarchive.kernel.seal.Hex;
import org.egovarchive.kernel.seal.SealAlgorithm;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints what one seal signature and one verification cost through the key store; a measurement, not a
 * limit, so not part of {@code ./egov test}: run it with {@code ./egov bench seal}.
 */
class SealTimingBenchmark {

    private static final int WARM_UP = 1000;
    private static final int MEASURED = 1000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(SealAlgorithm.class)
    void signAndVerify(SealAlgorithm algorithm) {
        var store = new SealKeyStore(dir.resolve("seals.p12"), "timing".toCharArray());
        byte[] publicKey = Hex.decode(store.generate("seal-timing", algorithm));
        byte[] digest = algorithm.digest("关于印发《电子政务管理办法》的通知".getBytes(StandardCharsets.UTF_8));
        byte[] signature = store.sign("seal-timing", digest);
        for (int i = 0; i < WARM_UP; i++) {
            algorithm.verify(publicKey, digest, store.sign("seal-timing", digest));
        }

        long signing = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            signature = store.sign("seal-timing", digest);
        }
        signing = System.nanoTime() - signing;
        boolean verified = true;
        long verifying = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            verified &= algorithm.verify(publicKey, digest, signature);
        }
        verifying = System.nanoTime() - verifying;

        System.out.printf("seal timing %-7s sign %7.1f µs, verify %7.1f µs (average of %d)%n",
                algorithm, signing / 1e3 / MEASURED, verifying / 1e3 / MEASURED, MEASURED);
        assertThat(verified).isTrue();
    }
}
