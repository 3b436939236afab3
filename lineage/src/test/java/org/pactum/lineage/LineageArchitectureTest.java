package org.pactum.lineage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of DESIGN.md §2 for {@code org.pactum.lineage}. */
@AnalyzeClasses(
    packages = "org.pactum.lineage",
    importOptions = ImportOption.DoNotIncludeTests.class)
class LineageArchitectureTest {
  /** One slice per package, the module's root package included (its bundle and config). */
  @ArchTest
  static final ArchRule thePackagesFormNoCycle =
      slices().matching("org.pactum.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule coreRunsNoJdbcAndServesNoHttp =
      noClasses()
          .that()
          .resideInAPackage("org.pactum.lineage..core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "javax.sql..", "jakarta.ws.rs..");

  @ArchTest
  static final ArchRule apiNeverImportsDb =
      noClasses()
          .that()
          .resideInAPackage("org.pactum.lineage..api..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.pactum.lineage..db..");
}
