package io.elbgateway.sync;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** aws-sync works from the desired ELB state alone: no translator, no Kubernetes, no test tools. */
// ArchUnit checks every rule below against the module's main classes; a violation fails the build.
@AnalyzeClasses(packages = "io.elbgateway.sync", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

  @ArchTest
  static final ArchRule onlyModelAndAws =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.elbgateway.translate..",
              "io.elbgateway.k8s..",
              "io.elbgateway.testkit..",
              "io.elbgateway.cli..",
              "io.fabric8..");

  @ArchTest
  static final ArchRule noHttpClientImplementation =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "software.amazon.awssdk.http.apache..",
              "software.amazon.awssdk.http.apache5..",
              "software.amazon.awssdk.http.nio..",
              "software.amazon.awssdk.http.urlconnection..")
          .because("the caller builds the SDK clients and picks their HTTP client");
}
