package org.knowbridge.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The layering every service follows, as one rule each service's architecture test checks:
 * <ul>
 *   <li>{@code rest} (HTTP) and {@code consumer} (what the service reads from Kafka) are the ways in: nothing
 *       calls them;</li>
 *   <li>{@code service} holds the use cases and the access rules, called only by the ways in and health checks;</li>
 *   <li>{@code repository} stores (its database, and its outbox in the same transaction), {@code client} calls
 *       other services over HTTP: both are used by {@code service} (and by {@code health} to check them);</li>
 *   <li>{@code event} is what the service emits: payloads built from the domain and their publishers, used by
 *       {@code service} and by {@code repository} (which stores outgoing events in the outbox);</li>
 *   <li>{@code domain} is used by all and uses none of them.</li>
 * </ul>
 * Every class lives in one of these packages, health checks (a class implementing {@code HealthCheck}, or a
 * producer of one) in {@code health}, and no two packages of a service depend on each other in a cycle.
 */
public final class Layers {

    private Layers() {}

    private static final String HEALTH_CHECK = "org.eclipse.microprofile.health.HealthCheck";

    private static final List<String> LAYERS =
            List.of("rest", "consumer", "health", "service", "repository", "client", "event", "domain");

    /**
     * Fails with every wrong-way dependency and every cycle among the packages under {@code servicePackage}.
     *
     * @param librariesWithin packages under {@code servicePackage} that belong to a library, not to the service
     */
    public static void assertHold(String servicePackage, String... librariesWithin) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> Stream.of(librariesWithin)
                        .noneMatch(library -> location.contains("/" + library.replace('.', '/') + "/")))
                .importPackages(servicePackage);
        ArchRule inLayers = classes()
                .should()
                .resideInAnyPackage(LAYERS.stream()
                        .map(layer -> servicePackage + "." + layer + "..")
                        .toArray(String[]::new));
        ArchRule layered = layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("rest")
                .definedBy(servicePackage + ".rest..")
                .layer("consumer")
                .definedBy(servicePackage + ".consumer..")
                .layer("health")
                .definedBy(servicePackage + ".health..")
                .layer("service")
                .definedBy(servicePackage + ".service..")
                .layer("repository")
                .definedBy(servicePackage + ".repository..")
                .layer("client")
                .definedBy(servicePackage + ".client..")
                .layer("event")
                .definedBy(servicePackage + ".event..")
                .layer("domain")
                .definedBy(servicePackage + ".domain..")
                .whereLayer("rest")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("consumer")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("health")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("service")
                .mayOnlyBeAccessedByLayers("rest", "consumer", "health")
                .whereLayer("repository")
                .mayOnlyBeAccessedByLayers("service", "health")
                .whereLayer("client")
                .mayOnlyBeAccessedByLayers("service", "health")
                .whereLayer("event")
                .mayOnlyBeAccessedByLayers("service", "repository");
        ArchRule healthChecks = classes()
                .that()
                .implement(HEALTH_CHECK)
                .should()
                .resideInAPackage(servicePackage + ".health..")
                .allowEmptyShould(true);
        ArchRule healthCheckProducers = methods()
                .that()
                .haveRawReturnType(HEALTH_CHECK)
                .should()
                .beDeclaredInClassesThat()
                .resideInAPackage(servicePackage + ".health..")
                .allowEmptyShould(true);
        ArchRule acyclic = slices().matching(servicePackage + ".(*)..").should().beFreeOfCycles();
        // All at once, so one run lists everything to mend.
        String failures = Stream.of(inLayers, layered, healthChecks, healthCheckProducers, acyclic)
                .map(rule -> rule.evaluate(classes))
                .filter(EvaluationResult::hasViolation)
                .map(result -> result.getFailureReport().toString())
                .collect(Collectors.joining("\n\n"));
        if (!failures.isEmpty()) {
            throw new AssertionError(failures);
        }
    }
}
