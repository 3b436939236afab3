package org.pactum.server.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Supplier;

/**
 * DESIGN.md §2's rules over the whole application as the server links it: no module depends on the
 * server, no package cycles anywhere, {@code core} imports neither JDBC nor JAX-RS, API resources
 * and the UI never read a {@code db} package, and no feature module reads another's {@code db}. A
 * rule that fails is a design discussion, not something to suppress.
 */
@AnalyzeClasses(packages = "org.pactum", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noModuleDependsOnTheServer =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.pactum.server..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.pactum.server..");

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("org.pactum.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule coreImportsNeitherJdbcNorJaxRs =
      noClasses()
          .that()
          .resideInAPackage("..core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "javax.sql..", "jakarta.ws.rs..");

  @ArchTest
  static final ArchRule apiAndUiNeverReadDb =
      noClasses()
          .that()
          .resideInAnyPackage("..api..", "org.pactum.server.ui..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..db..");

  /**
   * Resources and pages are given the services they use, built before them: no {@code Supplier}
   * field stands in for a part that is wired later (a service locator).
   */
  @ArchTest
  static final ArchRule resourcesTakeConcreteServices =
      noFields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAnyPackage("..api..", "org.pactum.server.ui..")
          .should()
          .haveRawType(Supplier.class)
          .because("the wiring graph passes built services by constructor (DESIGN.md §2)");

  /** Bundles hold no built parts: every field is final (only the store's bundle opens late). */
  @ArchTest
  static final ArchRule bundlesHoldNoLateBoundParts =
      fields()
          .that()
          .areDeclaredInClassesThat()
          .haveSimpleNameEndingWith("Bundle")
          .and()
          .areDeclaredInClassesThat()
          .doNotHaveSimpleName("PactumDatabaseBundle")
          .should()
          .beFinal()
          .because("bundles check config and manage lifecycles; the wiring graph builds the parts");

  @ArchTest static final ArchRule checksKeepToTheirOwnDb = onlyItsOwnDb("org.pactum.checks");

  @ArchTest static final ArchRule registryKeepsToItsOwnDb = onlyItsOwnDb("org.pactum.registry");

  @ArchTest static final ArchRule alertsKeepToTheirOwnDb = onlyItsOwnDb("org.pactum.alerts");

  @ArchTest static final ArchRule lineageKeepsToItsOwnDb = onlyItsOwnDb("org.pactum.lineage");

  @ArchTest static final ArchRule accessKeepsToItsOwnDb = onlyItsOwnDb("org.pactum.access");

  /** A feature module's classes read no other module's {@code db} package. */
  private static ArchRule onlyItsOwnDb(String module) {
    return noClasses()
        .that()
        .resideInAPackage(module + "..")
        .should()
        .dependOnClassesThat(resideInAPackage("..db..").and(resideOutsideOfPackage(module + "..")))
        .as("classes in " + module + " read no other module's db package");
  }
}
