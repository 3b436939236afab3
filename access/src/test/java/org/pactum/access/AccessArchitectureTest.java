package org.pactum.access;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The access module's packages by role (DESIGN.md §2): no package cycles, a {@code core} free of
 * JDBC and JAX-RS (and of the edge's filter), an {@code api} that never reads {@code db}.
 */
@AnalyzeClasses(
    packages = "org.pactum.access",
    importOptions = ImportOption.DoNotIncludeTests.class)
class AccessArchitectureTest {
  @ArchTest
  static final ArchRule theRolePackagesFormNoCycle =
      slices().matching("org.pactum.access.(*)..").should().beFreeOfCycles();

  /** The wiring package ({@code org.pactum.access}) counted too: no role package depends on it. */
  @ArchTest
  static final ArchRule noPackageFormsACycle =
      slices().assignedFrom(new EachPackage()).should().beFreeOfCycles();

  @ArchTest
  static final ArchRule coreImportsNeitherJdbcNorJaxRs =
      noClasses()
          .that()
          .resideInAPackage("org.pactum.access.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.sql..",
              "javax.sql..",
              "jakarta.ws.rs..",
              "jakarta.servlet..",
              "org.jdbi..",
              "org.pactum.api.auth.filter..");

  @ArchTest
  static final ArchRule theApiNeverReadsTheStoreDirectly =
      noClasses()
          .that()
          .resideInAPackage("org.pactum.access.api..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.pactum.access.db..");

  private static final class EachPackage implements SliceAssignment {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass c) {
      return SliceIdentifier.of(c.getPackageName());
    }

    @Override
    public String getDescription() {
      return "each package of org.pactum.access";
    }
  }
}
