package io.elbgateway.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** testkit serves aws-sync's and the adapter's tests, so it must never depend on them. */
// ArchUnit checks every rule below against the module's main classes; a violation fails the build.
@AnalyzeClasses(packages = "io.elbgateway.testkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

  @ArchTest
  static final ArchRule neverTheSyncEngineOrTheAdapter =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.elbgateway.sync..", "io.elbgateway.k8s..", "io.elbgateway.cli..", "io.fabric8..");
}
