package org.knowbridge.recommendations.engine;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine's packages (model, dataset, graph, signals, ranking, learning, evaluation, cli) build on each other one way. */
class PackageCyclesTest {

    @Test
    void packagesAreFreeOfCycles() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.knowbridge.recommendations.engine");
        slices().matching("org.knowbridge.recommendations.engine.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }
}
