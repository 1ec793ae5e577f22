package org.egovarchive.query.staff;

import org.egovarchive.kernel.staff.StaffRole;
import org.egovarchive.web.PasswordHashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StaffAccountsTest {

    @ParameterizedTest
    @ValueSource(strings = {"{noop}demo", "{MD5}fe01ce2a7fbac8fafaed7c982a04e229", "{SHA-1}89e495e7941cf9e40e6980d14a16bf023ccd4c91"})
    void aConfiguredAccountWithAWeakHashStopsTheStartOutsideDemoMode(String hash) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StaffAccounts(accounts(hash), PasswordHashes.encoder(), false, "unused"))
                .withMessageContaining("leader9");
    }

    @Test
    void aConfiguredBcryptAccountIsKnown() {
        String hash = PasswordHashes.encoder().encode("s3cret-enough");

        StaffAccounts staff = new StaffAccounts(accounts(hash), PasswordHashes.encoder(), false, "unused");

        assertThat(staff.loadUserByUsername("leader9").getPassword()).isEqualTo(hash);
    }

    private static StaffAccounts.Configured accounts(String hash) {
        return new StaffAccounts.Configured(List.of(new StaffAccounts.Configured.Account("leader9", StaffRole.LEADER, "office", hash)));
    }
}
