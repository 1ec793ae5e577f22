package org.egovarchive.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PasswordHashesTest {

    @ParameterizedTest
    @ValueSource(strings = {"{noop}secret", "{MD5}5ebe2294ecd0e0f08eab7690d2a6ee69", "{SHA-1}e5e9fa1ba31ecd1ae84f75caaa474f3a663f05f4",
            "{SHA-256}2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b", "{sha256}abcdef", "{MD4}abc", "{ldap}{SSHA}x",
            "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", ""})
    void aWeakOrUnmarkedHashIsRefusedNamingTheAccount(String hash) {
        assertThatIllegalArgumentException().isThrownBy(() -> PasswordHashes.requireBcrypt("admin1", hash))
                .withMessageContaining("admin1").withMessageContaining("{bcrypt}");
    }

    @Test
    void aBcryptHashOfLowCostIsRefused() {
        String cheap = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode("secret");

        assertThatIllegalArgumentException().isThrownBy(() -> PasswordHashes.requireBcrypt("author1", cheap))
                .withMessageContaining("cost 04, below 10");
    }

    @Test
    void aBcryptHashIsAcceptedAndChecksItsPassword() {
        String hash = PasswordHashes.encoder().encode("secret");

        assertThatNoException().isThrownBy(() -> PasswordHashes.requireBcrypt("author1", hash));
        assertThat(PasswordHashes.encoder().matches("secret", hash)).isTrue();
    }
}
