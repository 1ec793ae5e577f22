package org.egovarchive.command.seal;

import org.egovarchive.kernel.seal.SealAlgorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class SealKeyStoreConfigTest {

    private final SealKeyStoreConfig config = new SealKeyStoreConfig();

    @TempDir
    Path dir;

    @Test
    void refusesToStartWithoutAPasswordOutsideDemoMode() {
        assertThatThrownBy(() -> config.sealKeyStore(dir.resolve("seals.p12").toString(), "", false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("EGOV_SEALS_KEYSTORE_PASSWORD");
        assertThatThrownBy(() -> config.sealKeyStore(dir.resolve("seals.p12").toString(), "  ", false))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void wiresTheStoreFromProperties() {
        var context = new ApplicationContextRunner().withUserConfiguration(SealKeyStoreConfig.class)
                .withPropertyValues("egov.seals.keystore-path=" + dir.resolve("seals.p12"), "egov.demo.enabled=false");

        context.withPropertyValues("egov.seals.keystore-password=s3cret")
                .run(started -> assertThat(started).hasSingleBean(SealKeyStore.class));
        context.withPropertyValues("egov.seals.keystore-password=")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("EGOV_SEALS_KEYSTORE_PASSWORD"));
    }

    @Test
    void demoModeUsesTheDemoPasswordAndSaysSoWithoutPrintingIt(CapturedOutput output) {
        config.sealKeyStore(dir.resolve("seals.p12").toString(), "", true).generate("seal-1", SealAlgorithm.SM2);

        assertThat(new SealKeyStore(dir.resolve("seals.p12"), SealKeyStoreConfig.DEMO_PASSWORD.toCharArray())
                .contains("seal-1")).isTrue();
        assertThat(output).contains("demo password").doesNotContain(SealKeyStoreConfig.DEMO_PASSWORD);
    }

    @Test
    void aConfiguredPasswordWinsEvenInDemoMode() {
        config.sealKeyStore(dir.resolve("seals.p12").toString(), "s3cret", true).generate("seal-1", SealAlgorithm.ED25519);

        assertThat(new SealKeyStore(dir.resolve("seals.p12"), "s3cret".toCharArray()).contains("seal-1")).isTrue();
    }
}
