package org.pactum.streams;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The stream validator's packages (DESIGN.md §2): no cycles between the top-level packages, and
 * {@code core} (module {@code stream-core}, whose own test keeps Kafka, JDBC and JAX-RS out of it)
 * never reaches back into the adapters here: the topology adapts it to Kafka Streams, {@code
 * registry} to the registry's service.
 */
@AnalyzeClasses(
    packages = "org.pactum.streams",
    importOptions = ImportOption.DoNotIncludeTests.class)
class StreamsArchitectureTest {
  @ArchTest
  static final ArchRule thePackagesFormNoCycle =
      slices().matching("org.pactum.streams.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule coreNeverReachesTheAdapters =
      noClasses()
          .that()
          .resideInAPackage("org.pactum.streams.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.pactum.streams.topology..", "org.pactum.streams.registry..");
}
