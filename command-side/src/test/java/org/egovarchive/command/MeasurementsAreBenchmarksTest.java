package org.egovarchive.command;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Timings belong to benchmarks ({@code *Benchmark}, run by {@code ./egov bench …}), not to the test
 * suite: on a shared two-core machine a measured figure says nothing, and {@code ./egov test} pays for it.
 */
class MeasurementsAreBenchmarksTest {

    private final JavaClasses tests = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("org.egovarchive.command");

    @Test
    void noTestOfTheSuiteReadsTheNanosecondClock() {
        noClasses().that().haveSimpleNameEndingWith("Test").or().haveSimpleNameEndingWith("IT")
                .should().callMethod(System.class, "nanoTime")
                .because("a measurement is a benchmark: name it *Benchmark and add it to ./egov bench")
                .check(tests);
    }
}
