package org.pactum.streams;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The stream validator's packages (DESIGN.md §2): no cycles, neither between the top-level packages
 * nor between {@code core}'s jobs; {@code core} knows neither Kafka, JDBC nor JAX-RS (the topology
 * adapts it to Kafka Streams, {@code registry} to the registry's service), and never reaches back
 * into those adapters.
 */
@AnalyzeClasses(
    packages = "org.pactum.streams",
    importOptions = ImportOption.DoNotIncludeTests.class)
class StreamsArchitectureTest {
  @ArchTest
  static final ArchRule thePackagesFormNoCycle =
      slices().matching("org.pactum.streams.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theCoreJobsFormNoCycle =
      slices().matching("org.pactum.streams.core.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule coreUsesNeitherKafkaNorJdbcNorJaxRs =
      noClasses()
          .that()
          .resideInAPackage("org.pactum.streams.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.apache.kafka..", "java.sql..", "javax.sql..", "jakarta.ws.rs..", "org.jdbi..");

  @ArchTest
  static final ArchRule coreNeverReachesTheAdapters =
      noClasses()
          .that()
          .resideInAPackage("org.pactum.streams.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.pactum.streams.topology..", "org.pactum.streams.registry..");
}
