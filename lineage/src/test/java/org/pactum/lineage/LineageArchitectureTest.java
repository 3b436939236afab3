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

  /**
   * Erasure runs JDBC in its {@code warehouse} package (the warehouses) and {@code db} (Pactum's
   * own store) only; its root package may name a {@code DataSource} to wire them. {@code core} and
   * {@code api} write SQL text and plans, never statements.
   */
  @ArchTest
  static final ArchRule erasureRunsJdbcOnlyInItsWarehouseAndDbPackages =
      noClasses()
          .that()
          .resideInAPackage("org.pactum.lineage.erasure..")
          .and()
          .resideOutsideOfPackages(
              "org.pactum.lineage.erasure",
              "org.pactum.lineage.erasure.warehouse..",
              "org.pactum.lineage.erasure.db..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "javax.sql..");

  /** Lineage shares warehouse rules with the check engine through warehouse-support, not by it. */
  @ArchTest
  static final ArchRule lineageNeverUsesTheCheckEngine =
      noClasses()
          .that()
          .resideInAPackage("org.pactum.lineage..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.pactum.checks..");

  @ArchTest
  static final ArchRule apiNeverImportsDb =
      noClasses()
          .that()
          .resideInAPackage("org.pactum.lineage..api..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.pactum.lineage..db..");
}
