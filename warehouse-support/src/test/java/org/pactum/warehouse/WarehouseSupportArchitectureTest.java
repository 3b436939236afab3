package org.pactum.warehouse;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module is pure JDK: no JDBC, no framework, nothing of another Pactum module. */
@AnalyzeClasses(
    packages = "org.pactum.warehouse",
    importOptions = ImportOption.DoNotIncludeTests.class)
class WarehouseSupportArchitectureTest {
  @ArchTest
  static final ArchRule onlyTheJdkLanguageAndCollections =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java.lang..", "java.util..", "org.pactum.warehouse..");
}
