package io.elbgateway.translate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The translator is a pure function: no I/O, no clock, no randomness, no later pipeline stage. */
// ArchUnit checks every rule below against the module's main classes; a violation fails the build.
@AnalyzeClasses(packages = "io.elbgateway.translate", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

  @ArchTest
  static final ArchRule noIo =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.net..", "java.nio.file..", "java.nio.channels..", "io.elbgateway.model.codec..")
          .orShould()
          .dependOnClassesThat()
          .haveNameMatching("java\\.io\\.(File|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile)");

  @ArchTest
  static final ArchRule noAwsNoKubernetesClientNoLaterStage =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "software.amazon..",
              "io.fabric8..",
              "io.elbgateway.sync..",
              "io.elbgateway.k8s..",
              "io.elbgateway.testkit..",
              "io.elbgateway.cli..");

  @ArchTest
  static final ArchRule noClockNoRandomness =
      noClasses()
          .should()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .callMethod(System.class, "nanoTime")
          .orShould()
          .callMethod(java.time.Instant.class, "now")
          .orShould()
          .callMethod(Math.class, "random")
          .orShould()
          .callMethod(java.util.UUID.class, "randomUUID")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.util.Random")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.time.Clock")
          .because("the translator is deterministic: time is an input, never read");
}
