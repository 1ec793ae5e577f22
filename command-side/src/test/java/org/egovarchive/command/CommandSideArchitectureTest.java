package org.egovarchive.command;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

import java.security.KeyStore;
import java.security.PrivateKey;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The command side's structure, as far as the Maven module graph does not already enforce it (that
 * it never sees the query side or infra is a matter of its dependencies: those classes are not on its
 * class path). There is no deliberate exception to any rule here.
 */
class CommandSideArchitectureTest {

    private final JavaClasses command = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.egovarchive.command");

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("org.egovarchive.command.(*)..").should().beFreeOfCycles().check(command);
    }

    @Test
    void theWebLayerReachesAggregatesOnlyThroughCommands() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().areAnnotatedWith(Aggregate.class)
                .check(command);
    }

    @Test
    void privateKeysStayInTheSealPackage() {
        noClasses().that().resideOutsideOfPackage("org.egovarchive.command.seal..")
                .should().dependOnClassesThat().belongToAnyOf(PrivateKey.class, KeyStore.class)
                .check(command);
    }

    @Test
    void aggregatesKeepToTheirRules() {
        classes().that().areAnnotatedWith(Aggregate.class)
                .should().onlyDependOnClassesThat().resideOutsideOfPackages(
                        "org.springframework.web..", "org.springframework.http..", "org.apache.kafka..",
                        "com.fasterxml.jackson..", "jakarta.servlet..")
                .check(command);
    }
}
