package org.pactum.checks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The check engine's packages (DESIGN.md §2): no cycles between them; {@code core}, the vocabulary
 * the others share, depends on none of them (only on the JDK and the contract model); the domain
 * and the SQL text ({@code core}, {@code plan}, {@code judge}, {@code learn}) use neither JDBC nor
 * JAX-RS — running SQL is {@code warehouse}'s; the API never reaches the store's {@code db}
 * package.
 */
@AnalyzeClasses(
    packages = "org.pactum.checks",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ChecksArchitectureTest {
  @ArchTest
  static final ArchRule thePackagesFormNoCycle =
      slices().matching("org.pactum.checks.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theSharedVocabularyDependsOnNoOtherPackageOfTheEngine =
      noClasses()
          .that()
          .resideInAPackage("org.pactum.checks.core..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages("org.pactum.checks.core..", "java..", "org.pactum.contracts..");

  @ArchTest
  static final ArchRule coreAndPlanUseNeitherJdbcNorJaxRs =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.pactum.checks.core..",
              "org.pactum.checks.plan..",
              "org.pactum.checks.judge..",
              "org.pactum.checks.learn..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "javax.sql..", "jakarta.ws.rs..");

  @ArchTest
  static final ArchRule theApiNeverUsesTheStore =
      noClasses()
          .that()
          .resideInAPackage("org.pactum.checks.api..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.pactum.checks.db..");
}
