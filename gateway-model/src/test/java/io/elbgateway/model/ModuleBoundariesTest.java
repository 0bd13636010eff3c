package io.elbgateway.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows of the architecture that concern gateway-model. */
@AnalyzeClasses(packages = "io.elbgateway.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

  @ArchTest
  static final ArchRule dependsOnlyOnImmutablesGuavaAndJackson =
      classes()
          .that()
          .resideInAPackage("io.elbgateway.model..")
          .and()
          .resideOutsideOfPackage("io.elbgateway.model.codec..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java.lang..",
              "java.util..",
              "java.time..",
              "java.math..",
              "java.io", // Serializable, UncheckedIOException: no file access (see the rule below)
              "io.elbgateway.model..",
              "com.google.common..",
              "com.google.errorprone.annotations..",
              "tools.jackson..",
              "com.fasterxml.jackson.annotation..",
              "org.immutables..",
              "org.snakeyaml.engine..",
              "javax.annotation..")
          .because("gateway-model holds values only; reading manifests is the codec's job");

  @ArchTest
  static final ArchRule onlyTheCodecDoesIo =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.elbgateway.model.codec..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.net..", "java.nio.file..", "java.nio.channels..")
          .orShould()
          .dependOnClassesThat()
          .haveNameMatching("java\\.io\\.(File|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile)")
          .because("only io.elbgateway.model.codec may touch files");

  @ArchTest
  static final ArchRule knowsNoOtherModule =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.elbgateway.translate..",
              "io.elbgateway.sync..",
              "io.elbgateway.k8s..",
              "io.elbgateway.testkit..",
              "io.elbgateway.cli..",
              "software.amazon..",
              "io.fabric8..");
}
