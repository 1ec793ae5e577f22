package org.egovarchive.query.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.egovarchive.query.staff.StaffAccounts;
import org.egovarchive.web.CachingAuthenticationProvider;
import org.egovarchive.web.PasswordHashes;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * Two doors. The API ({@code /api/**}) is stateless: public search and replies are open, the rest
 * needs HTTP Basic, and every 401/403 is a problem detail. The pages are the public site, open to
 * all, plus staff pages behind a login form (with CSRF protection, as they use a session). A strict
 * content security policy allows no inline script.
 */
@Configuration
public class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    /**
     * No observation around every security filter: with the actuator's registry present, Spring Security
     * wraps each of its filters in one, a fifth of a cheap request's CPU and nothing anyone reads here.
     */
    @Bean
    public SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordHashes.encoder();
    }

    /** HTTP Basic on every API call: a successful bcrypt check is remembered for a few minutes. */
    @Bean
    public AuthenticationManager authenticationManager(StaffAccounts staff, PasswordEncoder encoder, Clock clock) {
        DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(staff);
        bcrypt.setPasswordEncoder(encoder);
        return new ProviderManager(new CachingAuthenticationProvider(bcrypt, Duration.ofMinutes(5), clock));
    }

    @Bean
    @Order(1)
    public SecurityFilterChain api(HttpSecurity http, ObjectMapper json, AuthenticationManager authenticationManager)
            throws Exception {
        return http
                .securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/search", "/api/search/**", "/api/public/**").permitAll()
                        .requestMatchers("/api/stats/overdue").authenticated()
                        .requestMatchers("/api/stats/**").hasAnyRole("LEADER", "AUDITOR", "ADMIN")
                        .requestMatchers("/api/leader/**").hasAnyRole("LEADER", "ADMIN")
                        .requestMatchers("/api/projections", "/api/admin/rebuild", "/api/admin/search/**", "/api/admin/notices")
                        .hasRole("ADMIN")
                        .requestMatchers("/api/audit/**").hasAnyRole("AUDITOR", "ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"egov-archive\"");
                    write(response, json, ApiErrors.problem(HttpStatus.UNAUTHORIZED, "unauthenticated",
                            "Not authenticated", "sign in with a staff account"));
                }))
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> {
                    log.warn("denied: {} {} for {}", request.getMethod(), request.getRequestURI(),
                            request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName());
                    write(response, json, ApiErrors.problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                            "your role or department may not see this"));
                }))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
                .build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/", "/search", "/documents/**", "/replies", "/css/**", "/js/**",
                                "/webjars/**", "/favicon.ico", "/error", "/login", "/actuator/health",
                                "/actuator/health/**").permitAll()
                        .requestMatchers("/dashboard", "/dashboard/**").hasAnyRole("LEADER", "AUDITOR", "ADMIN")
                        .requestMatchers("/audit", "/audit/**").hasAnyRole("AUDITOR", "ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/search"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
                .build();
    }

    private static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
