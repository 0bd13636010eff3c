/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestCheckTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void noArgumentsIsAUsageError() {
    assertThat(ManifestCheck.run(List.of(), out)).isEqualTo(ManifestCheck.USAGE).isEqualTo(2);
    assertThat(lines().get(0)).startsWith("usage: ");
  }

  @Test
  void withoutARegistryTheCheckReadsTheStandardKinds() {
    // example.io is a test-only group: the standard registry never knows it
    int code = ManifestCheck.run(List.of("src/test/resources/manifests/codec/widgets.yaml"), out);

    assertThat(code).isZero();
    assertThat(lines())
        .contains(
            "src/test/resources/manifests/codec/widgets.yaml:2: warning:"
                + " unknown kind Widget (apiVersion example.io/v1); skipped")
        .endsWith("Loaded 0 objects", "0 errors, 3 warnings");
  }

  @Test
  void cleanManifestsExitZeroWithASummaryPerKind() {
    int code =
        ManifestCheck.run(
            TestKinds.REGISTRY, List.of("src/test/resources/manifests/codec/widgets.yaml"), out);

    assertThat(code).isZero();
    assertThat(lines()).containsExactly("Loaded 3 objects: 2 Widget, 1 Gizmo", "0 errors, 0 warnings");
  }

  @Test
  void problemsArePrintedSortedByFileAndLineAndAnErrorExitsOne(@TempDir Path dir)
      throws IOException {
    Path a = dir.resolve("a.yaml");
    Path b = dir.resolve("b.yaml");
    Files.writeString(
        a,
        "apiVersion: example.io/v1\nkind: Gizmo\nmetadata: {name: ok}\n---\n"
            + "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");
    Files.writeString(
        b,
        "apiVersion: example.io/v1\nkind: Widget\nmetadata: {name: w, namespace: n}\n"
            + "spec: {color: red, size: Huge}\n");

    int code = ManifestCheck.run(TestKinds.REGISTRY, List.of(b.toString(), a.toString()), out);

    assertThat(code).isEqualTo(ManifestCheck.ERRORS).isEqualTo(1);
    assertThat(lines())
        .containsExactly(
            a + ":5: warning: unknown kind ConfigMap (apiVersion v1); skipped",
            b
                + ":4: Widget n/w .spec.size: unsupported value \"Huge\":"
                + " supported values: \"Small\", \"Large\"",
            "Loaded 1 object: 1 Gizmo",
            "1 error, 1 warning");
  }

  @Test
  void warningsAloneExitZero(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.yaml");
    Files.writeString(a, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");

    assertThat(ManifestCheck.run(TestKinds.REGISTRY, List.of(a.toString()), out)).isZero();
    assertThat(lines()).endsWith("Loaded 0 objects", "0 errors, 1 warning");
  }

  @Test
  void aMissingPathIsAnError(@TempDir Path dir) {
    Path missing = dir.resolve("nope");

    assertThat(ManifestCheck.run(TestKinds.REGISTRY, List.of(missing.toString()), out)).isOne();
    assertThat(lines()).first().isEqualTo(missing + ": no such file or directory");
  }
}
