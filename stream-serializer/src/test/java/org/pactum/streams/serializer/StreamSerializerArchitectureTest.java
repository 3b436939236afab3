package org.pactum.streams.serializer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The serializer stays usable with plain kafka-clients (DESIGN.md §2: producers don't pull the
 * server): it uses neither Kafka Streams, JDBC, JAX-RS, the server nor the registry's server-side
 * code, and reaches Pactum only through {@code stream-core}'s HTTP client.
 */
@AnalyzeClasses(
    packages = "org.pactum.streams.serializer",
    importOptions = ImportOption.DoNotIncludeTests.class)
class StreamSerializerArchitectureTest {
  @ArchTest
  static final ArchRule noStreamsJdbcOrServer =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.apache.kafka.streams..",
              "java.sql..",
              "javax.sql..",
              "jakarta.ws.rs..",
              "org.jdbi..",
              "org.pactum.server..",
              "org.pactum.registry..",
              "org.pactum.checks..");
}
