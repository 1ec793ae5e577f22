package org.egovarchive.query;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Module boundaries of DESIGN.md §2, as seen from the query side. */
class QuerySideArchitectureTest {

    private final JavaClasses query = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.egovarchive");

    @Test
    void neverImportsTheCommandSide() {
        noClasses().that().resideInAPackage("org.egovarchive.query..")
                .should().dependOnClassesThat().resideInAPackage("org.egovarchive.command..")
                .check(query);
    }

    @Test
    void neverImportsAxonOrTheEventStore() {
        noClasses().that().resideInAPackage("org.egovarchive.query..")
                .should().dependOnClassesThat().resideInAnyPackage("org.axonframework..", "org.egovarchive.infra..")
                .check(query);
    }
}
