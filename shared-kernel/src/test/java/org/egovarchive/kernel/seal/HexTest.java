package org.egovarchive.kernel.seal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HexTest {

    @Test
    void roundTripsInLowercase() {
        byte[] bytes = {0x00, 0x0f, (byte) 0xab, (byte) 0xff, 0x7f};

        assertThat(Hex.encode(bytes)).isEqualTo("000fabff7f");
        assertThat(Hex.decode("000fabff7f")).isEqualTo(bytes);
        assertThat(Hex.decode("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCD", "0g", "abc", "ab cd", "0x00"})
    void refusesAnyOtherSpelling(String hex) {
        assertThatThrownBy(() -> Hex.decode(hex)).isInstanceOf(IllegalArgumentException.class);
    }
}
