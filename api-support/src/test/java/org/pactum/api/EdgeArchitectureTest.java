package org.pactum.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The edge's packages form no cycle (DESIGN.md §2): the vocabulary ({@code org.pactum.api}) depends
 * on none of them, the wiring ({@code edge}) on all, and no other on the wiring. Authentication's
 * vocabulary ({@code auth}) is free of HTTP frameworks.
 */
@AnalyzeClasses(packages = "org.pactum.api", importOptions = ImportOption.DoNotIncludeTests.class)
class EdgeArchitectureTest {
  @ArchTest
  static final ArchRule theVocabularyDependsOnNoPackageOfTheEdge =
      noClasses()
          .that()
          .resideInAPackage("org.pactum.api")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.pactum.api.(*)..");

  @ArchTest
  static final ArchRule onlyTheWiringDependsOnTheWiring =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.pactum.api.edge..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.pactum.api.edge..");

  @ArchTest
  static final ArchRule thePackagesOfTheEdgeFormNoCycle =
      slices().matching("org.pactum.api.(*)..").should().beFreeOfCycles();

  /**
   * Who is calling is known to every module's {@code core} (roles, principals, API-token secrets),
   * so the vocabulary of {@code auth} imports no HTTP framework, nor the packages that build on it.
   */
  @ArchTest
  static final ArchRule theAuthVocabularyKnowsNoHttpFramework =
      noClasses()
          .that()
          .resideInAPackage("org.pactum.api.auth")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.ws.rs..",
              "jakarta.servlet..",
              "org.pactum.api.auth.oidc..",
              "org.pactum.api.auth.filter..");

  /** Verifying tokens is not HTTP either; only the filter speaks JAX-RS. */
  @ArchTest
  static final ArchRule tokenVerificationKnowsNoHttpFramework =
      noClasses()
          .that()
          .resideInAPackage("org.pactum.api.auth.oidc..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.ws.rs..", "jakarta.servlet..", "org.pactum.api.auth.filter..");

  @ArchTest
  static final ArchRule thePackagesOfAuthFormNoCycle =
      slices().matching("org.pactum.api.auth.(*)..").should().beFreeOfCycles();
}
