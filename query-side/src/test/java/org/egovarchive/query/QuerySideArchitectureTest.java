package org.egovarchive.query;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The query side's structure, as far as the Maven module graph does not already enforce it (the
 * command side, infra and Axon — the kernel's Axon dependency is optional — are not on its class
 * path). There is no deliberate exception.
 */
class QuerySideArchitectureTest {

    private final JavaClasses query = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.egovarchive.query");

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("org.egovarchive.query.(*)..").should().beFreeOfCycles().check(query);
    }
}
