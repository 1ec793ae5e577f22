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

/** Module boundaries of DESIGN.md §2, as seen from the command side. */
class CommandSideArchitectureTest {

    private final JavaClasses command = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.egovarchive");

    @Test
    void neverImportsTheQuerySide() {
        noClasses().that().resideInAPackage("org.egovarchive.command..")
                .should().dependOnClassesThat().resideInAPackage("org.egovarchive.query..")
                .check(command);
    }

    @Test
    void neverImportsInfra() {
        noClasses().that().resideInAPackage("org.egovarchive.command..")
                .should().dependOnClassesThat().resideInAPackage("org.egovarchive.infra..")
                .check(command);
    }

    @Test
    void privateKeysStayInTheSealPackage() {
        noClasses().that().resideInAPackage("org.egovarchive.command..")
                .and().resideOutsideOfPackage("org.egovarchive.command.seal..")
                .should().dependOnClassesThat().belongToAnyOf(PrivateKey.class, KeyStore.class)
                .check(command);
    }

    @Test
    void aggregatesKeepToTheirRules() {
        classes().that().areAnnotatedWith(Aggregate.class)
                .should().onlyDependOnClassesThat().resideOutsideOfPackages(
                        "org.springframework.web..", "org.springframework.http..", "org.apache.kafka..",
                        "co.elastic..", "com.fasterxml.jackson..", "jakarta.servlet..")
                .check(command);
    }
}
