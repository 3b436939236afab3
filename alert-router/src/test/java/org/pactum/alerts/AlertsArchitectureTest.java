package org.pactum.alerts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The alert router's packages by role (DESIGN.md §2): no package cycles, a {@code core} free of
 * JDBC and JAX-RS, an {@code api} that never reads {@code db}.
 */
@AnalyzeClasses(
    packages = "org.pactum.alerts",
    importOptions = ImportOption.DoNotIncludeTests.class)
class AlertsArchitectureTest {
  @ArchTest
  static final ArchRule theRolePackagesFormNoCycle =
      slices().matching("org.pactum.alerts.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule coreImportsNeitherJdbcNorJaxRs =
      noClasses()
          .that()
          .resideInAPackage("org.pactum.alerts.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "javax.sql..", "jakarta.ws.rs..");
}
