package org.pactum.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The edge's packages form no cycle (DESIGN.md §2): the vocabulary ({@code org.pactum.api}) depends
 * on none of them, the wiring ({@code edge}) on all, and no other on the wiring.
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
}
