package org.egovarchive.infra.verifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A package beyond the verifier's limits is refused as a whole, before it is taken into memory. */
class ZipLimitsTest {

    private static final ZipLimits SMALL = new ZipLimits(3, 1000, 2500);

    @TempDir
    Path dir;

    @Test
    void aZipBombUnderTheDefaultLimitsIsRefusedOnTheCommandLine() throws Exception {
        // one entry of zeros that inflates past 64 MiB from a file of some 65 KB, its header lying about its size
        Path bomb = lyingAboutSizes(zip("bomb.zip", 1, ZipLimits.DEFAULT.entryBytes() + 1));
        assertThat(Files.size(bomb)).isLessThan(1 << 20);

        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

        assertThat(Main.run(new String[]{"verify-package", bomb.toString()}, out, out)).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("FAIL").contains("refused: entry-0 inflates to more than 64 MiB, the most one entry may hold");
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        Path many = zip("many.zip", 4, 10);

        assertThatThrownBy(() -> PackageVerifier.verify(many, SMALL)).isInstanceOf(ZipLimits.Exceeded.class)
                .hasMessage("refused: the package has 4 entries, more than the 3 a package may have");
    }

    @Test
    void anEntryDeclaredTooLargeIsRefusedBeforeItIsRead() throws Exception {
        Path large = zip("large.zip", 1, 1001);

        assertThatThrownBy(() -> PackageVerifier.verify(large, SMALL))
                .hasMessage("refused: entry-0 inflates to more than 1000 bytes, the most one entry may hold");
    }

    @Test
    void anEntryThatInflatesBeyondWhatItsHeaderDeclaresIsRefused() throws Exception {
        Path lying = lyingAboutSizes(zip("lying.zip", 1, 1001));

        assertThatThrownBy(() -> PackageVerifier.verify(lying, SMALL))
                .hasMessage("refused: entry-0 inflates to more than 1000 bytes, the most one entry may hold");
    }

    @Test
    void entriesTooLargeTogetherAreRefusedWhetherDeclaredOrNot() throws Exception {
        Path declared = zip("declared.zip", 3, 900);
        Path lying = lyingAboutSizes(zip("lying-total.zip", 3, 900));

        for (Path zip : new Path[]{declared, lying}) {
            assertThatThrownBy(() -> PackageVerifier.verify(zip, SMALL))
                    .hasMessage("refused: the entries inflate to more than 2500 bytes in all, the most a package may hold");
        }
    }

    @Test
    void aPackageWithinTheLimitsIsRead() throws Exception {
        Path small = zip("small.zip", 3, 800);

        assertThat(PackageVerifier.verify(small, SMALL).findings())
                .anySatisfy(f -> assertThat(f.check()).isEqualTo("manifest"));
    }

    /** {@code count} deflated entries of {@code size} zeros each. */
    private Path zip(String name, int count, long size) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
            byte[] zeros = new byte[64 * 1024];
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("entry-" + i));
                for (long left = size; left > 0; left -= zeros.length) {
                    zip.write(zeros, 0, (int) Math.min(left, zeros.length));
                }
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Sets every entry's uncompressed size in the central directory to 1, as a forged package might. */
    private static Path lyingAboutSizes(Path zip) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 46 <= bytes.limit(); at++) {
            if (bytes.getInt(at) == 0x02014b50) {
                bytes.putInt(at + 24, 1);
            }
        }
        return Files.write(zip, bytes.array());
    }
}
