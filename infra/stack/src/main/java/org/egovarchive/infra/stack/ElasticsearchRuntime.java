package org.egovarchive.infra.stack;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Which Elasticsearch to run on which Java. The main version needs Java 21+; when no such JDK is
 * installed, the fallback version (same artifact family, runs on 17) runs on this JVM's Java instead.
 *
 * @param version  Elasticsearch version
 * @param javaHome JDK to run it on (becomes {@code ES_JAVA_HOME})
 * @param javaMajor that JDK's feature version
 * @param fallback whether this is the fallback version
 */
record ElasticsearchRuntime(String version, Path javaHome, int javaMajor, boolean fallback) {

    static final int MAIN_MIN_JAVA = 21;

    /**
     * @param esJavaHome      the {@code ES_JAVA_HOME} environment variable, or null
     * @param jdkRoot         where JDKs are installed ({@code /usr/lib/jvm})
     * @param currentJavaHome {@code java.home} of this JVM
     */
    static ElasticsearchRuntime choose(String esJavaHome, Path jdkRoot, Path currentJavaHome, String version,
                                       String fallbackVersion) {
        Optional<JdkFinder.Jdk> jdk = Optional.ofNullable(esJavaHome).filter(s -> !s.isBlank())
                .flatMap(home -> JdkFinder.read(Path.of(home)))
                .filter(found -> found.major() >= MAIN_MIN_JAVA)
                .or(() -> JdkFinder.newest(jdkRoot, MAIN_MIN_JAVA))
                .or(() -> JdkFinder.read(currentJavaHome).filter(found -> found.major() >= MAIN_MIN_JAVA));
        if (jdk.isPresent()) {
            return new ElasticsearchRuntime(version, jdk.get().home(), jdk.get().major(), false);
        }
        int currentMajor = JdkFinder.read(currentJavaHome).map(JdkFinder.Jdk::major)
                .orElse(Runtime.version().feature());
        return new ElasticsearchRuntime(fallbackVersion, currentJavaHome, currentMajor, true);
    }

    /**
     * For this machine: {@code ES_JAVA_HOME}, the JDKs under {@code /usr/lib/jvm} (or system property
     * {@code egov.jdk.dir} where JDKs are installed elsewhere) and this JVM.
     */
    static ElasticsearchRuntime detect(String version, String fallbackVersion) {
        return choose(System.getenv("ES_JAVA_HOME"), Path.of(System.getProperty("egov.jdk.dir", "/usr/lib/jvm")),
                Path.of(System.getProperty("java.home")), version, fallbackVersion);
    }
}
