package org.egovarchive.infra.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * PostgreSQL passwords. A persistent stack generates them once and keeps them in a 0600 file, since the
 * cluster is initialised with them and must be reachable again after a restart.
 *
 * @param superuser password of {@code postgres}
 * @param owner     password of {@code egov_owner}
 * @param app       password of {@code egov_app}
 */
record Secrets(String superuser, String owner, String app) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Throwaway stacks live for one test JVM on loopback: fixed passwords make failures easy to poke at. */
    static Secrets fixed() {
        return new Secrets("postgres", "egov_owner", "egov_app");
    }

    static synchronized Secrets loadOrCreate(Path file) {
        if (Files.isRegularFile(file)) {
            Properties p = StackFiles.readProperties(file);
            return new Secrets(p.getProperty("postgres.password"), p.getProperty("egov_owner.password"),
                    p.getProperty("egov_app.password"));
        }
        Secrets secrets = new Secrets(generate(), generate(), generate());
        Properties p = new Properties();
        p.setProperty("postgres.password", secrets.superuser);
        p.setProperty("egov_owner.password", secrets.owner);
        p.setProperty("egov_app.password", secrets.app);
        StackFiles.writePrivateProperties(file, p, "PostgreSQL passwords of the egov local stack");
        return secrets;
    }

    private static String generate() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "Secrets[hidden]";
    }
}
