package org.egovarchive.command.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.egovarchive.command.web.Problems;
import org.egovarchive.command.web.RequestSizeLimitFilter;
import org.egovarchive.web.CachingAuthenticationProvider;
import org.egovarchive.web.PasswordHashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * The API is stateless HTTP Basic for staff; only {@code /api/public/**} and health are anonymous.
 * No session and no cookies, so CSRF protection has nothing to protect. Every 401 and 403 is a
 * problem detail, and every denial is logged.
 */
@Configuration
public class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

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

    @Bean
    public StaffDirectory staffDirectory(StaffProperties accounts, PasswordEncoder encoder,
                                         @Value("${egov.demo.enabled}") boolean demo,
                                         @Value("${egov.demo.password}") String demoPassword) {
        return StaffDirectory.of(accounts, demo, demoPassword, encoder);
    }

    @Bean
    public AuthenticationManager authenticationManager(StaffDirectory staff, PasswordEncoder encoder, Clock clock) {
        DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(staff);
        bcrypt.setPasswordEncoder(encoder);
        return new ProviderManager(new CachingAuthenticationProvider(bcrypt, Duration.ofMinutes(5), clock));
    }

    @Bean
    public SecurityFilterChain api(HttpSecurity http, ObjectMapper json, AuthenticationManager authenticationManager,
                                   @Value("${egov.web.max-request-bytes}") long maxRequestBytes) throws Exception {
        return http
                .authenticationManager(authenticationManager)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/public/**", "/actuator/health/**", "/actuator/health", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/seals").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated(json)))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(unauthenticated(json))
                        .accessDeniedHandler(denied(json)))
                .addFilterBefore(new RequestSizeLimitFilter(maxRequestBytes, json), SecurityContextHolderFilter.class)
                .build();
    }

    private static AuthenticationEntryPoint unauthenticated(ObjectMapper json) {
        return (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"egov-archive\"");
            write(response, json, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Not authenticated",
                    "sign in with a staff account"));
        };
    }

    private static AccessDeniedHandler denied(ObjectMapper json) {
        return (request, response, ex) -> {
            log.warn("denied: {} {} for {}", request.getMethod(), request.getRequestURI(),
                    request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName());
            write(response, json, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                    "your role or department may not do this"));
        };
    }

    private static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
