package org.egovarchive.query.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public site is open for reading; everything else needs a staff login (there is none yet on
 * the query side, so it is closed). Security headers stay on (CSP with no inline scripts).
 */
@Configuration
public class SecurityConfig {

    @Bean
    public SecurityFilterChain site(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/", "/search", "/api/search", "/api/search/**",
                                "/documents/**", "/css/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().denyAll())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'")))
                .build();
    }
}
