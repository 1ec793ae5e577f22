package org.egovarchive.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackDataTest {

    @TempDir
    Path workDir;

    @Test
    void aDatabaseWithoutItsPasswordsIsRefusedInOneLineNamingTheRemedy() throws IOException {
        Layout layout = Layout.inPlace(workDir);
        Files.createDirectories(layout.postgresHome().resolve("data"));
        Files.writeString(layout.postgresHome().resolve("data/PG_VERSION"), "17\n");

        assertThatThrownBy(() -> StackData.requireSecrets(layout)).isInstanceOf(StackStartException.class)
                .hasMessageContaining(layout.postgresHome() + " holds the database of an earlier stack")
                .hasMessageContaining("./egov reset").hasMessageNotContaining("\n");

        Files.writeString(layout.secretsFile(), "postgres.password=x\n");
        assertThatNoException().isThrownBy(() -> StackData.requireSecrets(layout));
    }

    @Test
    void noDatabaseNoQuestion() {
        assertThatNoException().isThrownBy(() -> StackData.requireSecrets(Layout.inPlace(workDir)));
    }

    @Test
    void aFreshCloneLooksForItsPredecessorsDataInPlaceAndRelocated() {
        assertThat(StackData.candidates(workDir)).containsExactly(Layout.inPlace(workDir), Layout.relocated(workDir));
    }

    @Test
    void deletingTakesTheStacksFilesAndLeavesTheRest() throws IOException {
        Layout layout = Layout.inPlace(workDir);
        Files.createDirectories(layout.elasticsearchHome().resolve("data"));
        Files.writeString(layout.secretsFile(), "x");
        Path unrelated = Files.writeString(workDir.resolve("notes.txt"), "mine");
        List<String> lines = new ArrayList<>();

        assertThat(StackData.delete(layout, lines::add)).containsExactly(layout.elasticsearchHome(), layout.secretsFile());
        assertThat(unrelated).exists();
        assertThat(lines).hasSize(2);
    }
}
