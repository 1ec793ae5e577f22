package org.egovarchive.command.staff;

import org.egovarchive.kernel.staff.StaffRole;
import org.egovarchive.web.PasswordHashes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StaffDirectoryTest {

    @ParameterizedTest
    @ValueSource(strings = {"{noop}demo", "{MD5}fe01ce2a7fbac8fafaed7c982a04e229", "{SHA-1}89e495e7941cf9e40e6980d14a16bf023ccd4c91"})
    void aConfiguredAccountWithAWeakHashStopsTheStartOutsideDemoMode(String hash) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StaffDirectory.of(accounts(hash), false, "unused", PasswordHashes.encoder()))
                .withMessageContaining("clerk");
    }

    @Test
    void aConfiguredBcryptAccountSignsIn() {
        String hash = PasswordHashes.encoder().encode("s3cret-enough");

        StaffDirectory directory = StaffDirectory.of(accounts(hash), false, "unused", PasswordHashes.encoder());

        assertThat(PasswordHashes.encoder().matches("s3cret-enough", directory.loadUserByUsername("clerk").getPassword())).isTrue();
    }

    private static StaffProperties accounts(String hash) {
        return new StaffProperties(List.of(new StaffProperties.Account("clerk", StaffRole.AUTHOR, "info-center", hash)));
    }
}
