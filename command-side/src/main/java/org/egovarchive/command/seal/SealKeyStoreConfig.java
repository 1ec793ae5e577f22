package org.egovarchive.command.seal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/**
 * The seal key store from {@code egov.seals.keystore-path} and {@code egov.seals.keystore-password}.
 * Without a password the application does not start, except in demo mode, whose seals only
 * sign demo documents and may use a password that is printed in this source file.
 */
@Configuration
public class SealKeyStoreConfig {

    static final String DEMO_PASSWORD = "egov-demo-seals";

    private static final Logger log = LoggerFactory.getLogger(SealKeyStoreConfig.class);

    @Bean
    public SealKeyStore sealKeyStore(@Value("${egov.seals.keystore-path}") String location,
                                     @Value("${egov.seals.keystore-password}") String password,
                                     @Value("${egov.demo.enabled}") boolean demo) {
        // a String, not a Path: Spring's Path conversion tries a relative name as a class path resource first
        Path path = Path.of(location);
        if (!password.isBlank()) {
            return new SealKeyStore(path, password.toCharArray());
        }
        if (!demo) {
            throw new IllegalStateException("egov.seals.keystore-password is empty: set EGOV_SEALS_KEYSTORE_PASSWORD "
                    + "(only demo mode runs without one)");
        }
        log.warn("seal key store {} is protected by the built-in demo password: fit for demo mode only", path);
        return new SealKeyStore(path, DEMO_PASSWORD.toCharArray());
    }
}
