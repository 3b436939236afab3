package org.pactum.anomaly;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of DESIGN.md §2 for {@code org.pactum.anomaly}. */
@AnalyzeClasses(
    packages = "org.pactum.anomaly",
    importOptions = ImportOption.DoNotIncludeTests.class)
class AnomalyArchitectureTest {
  /** One slice per package, the module's root package included (its bundle and config). */
  @ArchTest
  static final ArchRule thePackagesFormNoCycle =
      slices().matching("org.pactum.(**)").should().beFreeOfCycles();
}
