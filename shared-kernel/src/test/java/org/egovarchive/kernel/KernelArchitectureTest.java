package org.egovarchive.kernel;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.egovarchive.kernel.event.EventTypes;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published language stays plain: the JDK, Jackson (its wire format), Axon's annotations, and
 * BouncyCastle — seal verification is part of the language, since anyone reading a
 * {@code DocumentSealed} must be able to verify it.
 */
class KernelArchitectureTest {

    private final JavaClasses kernel = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.egovarchive.kernel");

    @Test
    void dependsOnlyOnTheJdkJacksonAxonAnnotationsAndBouncyCastle() {
        // one predicate: with orShould() any class naming @Revision could depend on anything at all
        classes().should().onlyDependOnClassesThat(
                        resideInAnyPackage("java..", "org.egovarchive.kernel..", "com.fasterxml.jackson..", "org.bouncycastle..")
                                .or(equivalentTo(Revision.class)))
                .check(kernel);
    }

    @Test
    void eventsArePastTenseRecordsWithARevision() {
        assertThat(EventTypes.all()).allSatisfy(type -> {
            assertThat(type.isRecord()).as(type + " is a record").isTrue();
            assertThat(type.getSimpleName()).doesNotEndWith("Event");
            assertThat(type.getAnnotation(org.axonframework.serialization.Revision.class))
                    .as(type + " has @Revision").isNotNull();
        });
    }
}
