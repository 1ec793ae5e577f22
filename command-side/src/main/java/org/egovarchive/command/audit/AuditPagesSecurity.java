package org.egovarchive.command.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The audit pages' own door, in front of the API's (which stays stateless HTTP Basic): a login form,
 * a session, and so CSRF protection on every form that posts; auditors, admins and leaders only. A
 * strict content security policy: no inline script or style, nothing from elsewhere.
 */
@Configuration
public class AuditPagesSecurity {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    @Order(1)
    public SecurityFilterChain auditPagesChain(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        return http
                .securityMatcher("/audit", "/audit/**", "/login", "/logout", "/css/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**").permitAll()
                        .anyRequest().hasAnyRole("AUDITOR", "ADMIN", "LEADER"))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/audit"))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
                .build();
    }
}
