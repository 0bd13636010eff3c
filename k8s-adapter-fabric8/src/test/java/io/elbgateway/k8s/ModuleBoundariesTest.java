package io.elbgateway.k8s;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The adapter is the pipeline's Kubernetes end; test tools and the CLI stay out of its main code. */
// ArchUnit checks every rule below against the module's main classes; a violation fails the build.
@AnalyzeClasses(packages = "io.elbgateway.k8s", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

  @ArchTest
  static final ArchRule noTestToolsNoCli =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.elbgateway.testkit..", "io.elbgateway.cli..");
}
