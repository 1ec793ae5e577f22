package org.egovarchive.web;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CachingAuthenticationProviderTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final AuthenticationProvider bcrypt = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication a) {
            checks.incrementAndGet();
            if (!"right".equals(a.getCredentials())) {
                throw new BadCredentialsException("wrong");
            }
            return UsernamePasswordAuthenticationToken.authenticated(a.getName(), null, List.of());
        }

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }
    };

    @Test
    void aGoodPasswordIsCheckedOnceWithinTheTtlAndABadOneEveryTime() {
        MutableClock clock = new MutableClock();
        CachingAuthenticationProvider cached = new CachingAuthenticationProvider(bcrypt, Duration.ofMinutes(5), clock);

        cached.authenticate(token("right"));
        cached.authenticate(token("right"));
        assertThatThrownBy(() -> cached.authenticate(token("wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> cached.authenticate(token("wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(3);

        clock.now = clock.now.plus(Duration.ofMinutes(6));
        cached.authenticate(token("right"));
        assertThat(checks).hasValue(4);
    }

    private static UsernamePasswordAuthenticationToken token(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("author1", password);
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
