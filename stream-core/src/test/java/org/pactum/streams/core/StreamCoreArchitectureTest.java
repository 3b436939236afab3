package org.pactum.streams.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * One record judged against its contract (DESIGN.md §2): {@code core}'s jobs form no cycle, and
 * {@code core} knows neither Kafka, JDBC nor JAX-RS, so the Kafka Streams validator and a
 * producer's serializer share it without pulling each other's runtime.
 */
@AnalyzeClasses(
    packages = "org.pactum.streams",
    importOptions = ImportOption.DoNotIncludeTests.class)
class StreamCoreArchitectureTest {
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
              "org.apache.kafka..",
              "java.sql..",
              "javax.sql..",
              "jakarta.ws.rs..",
              "org.jdbi..",
              "org.pactum.checks..",
              "org.pactum.registry..");

  @ArchTest
  static final ArchRule coreKnowsNoHttpNorTheRegistryClient =
      noClasses()
          .that()
          .resideInAPackage("org.pactum.streams.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.net.http..", "org.pactum.streams.client..");
}
