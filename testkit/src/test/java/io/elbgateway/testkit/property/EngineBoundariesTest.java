/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** JUnit is optional for testkit: the engine itself must run without it (the CLI does). */
// ArchUnit checks every rule below against the module's main classes; a violation fails the build.
@AnalyzeClasses(
    packages = "io.elbgateway.testkit.property",
    importOptions = ImportOption.DoNotIncludeTests.class)
class EngineBoundariesTest {

  @ArchTest
  static final ArchRule theEngineDoesNotNeedJUnit =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.elbgateway.testkit.property.junit..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.junit..", "org.opentest4j..");
}
