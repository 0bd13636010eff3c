/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import static io.elbgateway.model.codec.TestKinds.reader;
import static io.elbgateway.model.codec.TestKinds.rendered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.Reader;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ManifestLimitsTest {

  private static final String GOOD_GIZMO =
      "apiVersion: example.io/v1\nkind: Gizmo\nmetadata: {name: after}\n";

  @Test
  void aBillionLaughsDocumentIsReportedQuicklyAndTheNextDocumentLoads() {
    StringBuilder bomb =
        new StringBuilder("apiVersion: example.io/v1\nkind: Gizmo\nmetadata: {name: bomb}\n");
    bomb.append("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char level = 'b'; level <= 'i'; level++) {
      char previous = (char) (level - 1);
      String aliases =
          IntStream.range(0, 9).mapToObj(i -> "*" + previous).collect(Collectors.joining(","));
      bomb.append(level).append(": &").append(level).append(" [").append(aliases).append("]\n");
    }
    String text = bomb + "---\n" + GOOD_GIZMO;

    LoadResult result =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> reader().readString(text, "b.yaml"));

    assertThat(result.objects()).extracting(o -> o.metadata().name()).containsExactly("after");
    assertThat(rendered(result))
        .singleElement()
        .asString()
        .startsWith("ERROR b.yaml:")
        .contains("aliases expand to more than 100000 values in one document");
  }

  @Test
  void moreAliasesToCollectionsThanTheLimitAreAnError() {
    String aliases = IntStream.range(0, 101).mapToObj(i -> "*x").collect(Collectors.joining(", "));
    String text =
        "apiVersion: example.io/v1\nkind: Gizmo\nmetadata:\n  name: g\n"
            + "  finalizers: &x [a]\n  labels: {}\nmore: ["
            + aliases
            + "]\n";

    LoadResult result = reader().readString(text, "x.yaml");

    assertThat(rendered(result))
        .containsExactly("ERROR x.yaml:7: more than 100 aliases to collections in one document");
  }

  @Test
  void aFiftyMebibyteDocumentIsReportedUnparsedAndTheNextDocumentLoads() {
    String head = GOOD_GIZMO.replace("after", "before") + "---\n" + "apiVersion: example.io/v1\n"
        + "kind: Gizmo\nmetadata:\n  name: huge\n  finalizers:\n";
    String line = "  - " + "x".repeat(95) + "\n"; // 100 bytes
    long lines = 50L * 1024 * 1024 / line.length();
    Reader reader = new GeneratedReader(head, line, lines, "---\n" + GOOD_GIZMO);

    LoadResult result =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> reader().read(reader, "big.yaml"));

    assertThat(result.objects())
        .extracting(o -> o.metadata().name())
        .containsExactly("before", "after");
    assertThat(rendered(result))
        .containsExactly(
            "ERROR big.yaml:5: document is 50.0 MiB; a Kubernetes object is at most 3 MiB");
    assertThat(result.entries().get(1).location().line()).isEqualTo(5 + 5 + lines + 1);
  }

  @Test
  void aFiftyMebibyteSingleLineIsNotHeldInMemory() {
    Reader reader =
        new GeneratedReader(
            "apiVersion: example.io/v1\nkind: Gizmo\nmetadata: {name: long}\ndescription: ",
            "y".repeat(1024),
            50L * 1024,
            "\n---\n" + GOOD_GIZMO);

    LoadResult result =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> reader().read(reader, "line.yaml"));

    assertThat(result.objects()).extracting(o -> o.metadata().name()).containsExactly("after");
    assertThat(rendered(result))
        .containsExactly(
            "ERROR line.yaml:1: document is 50.0 MiB; a Kubernetes object is at most 3 MiB");
  }

  @Test
  void deepNestingIsAnErrorNotAStackOverflow() {
    String yaml = GOOD_GIZMO + "x: " + "[".repeat(200_000) + "\n---\n" + GOOD_GIZMO;
    String json =
        "{\"apiVersion\": \"example.io/v1\", \"kind\": \"Gizmo\", \"x\": " + "[".repeat(200_000);

    LoadResult fromYaml = reader().readString(yaml, "deep.yaml");
    LoadResult fromJson = reader().readString(json, "deep.json");

    assertThat(fromYaml.objects()).hasSize(1);
    assertThat(fromYaml.problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .startsWith("malformed YAML: ")
        .contains("nesting depth");
    assertThat(fromJson.problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .startsWith("malformed JSON: ");
  }

  @Test
  void theDocumentLimitCanBeLowered() {
    ManifestReader small =
        ManifestReader.builder().registry(TestKinds.REGISTRY).maxDocumentBytes(64).build();

    LoadResult result =
        small.readString(
            GOOD_GIZMO + "description: " + "z".repeat(100) + "\n---\n" + GOOD_GIZMO, "s.yaml");

    assertThat(result.objects()).hasSize(1);
    assertThat(rendered(result))
        .containsExactly("ERROR s.yaml:1: document is 176 bytes; documents are read up to 64 bytes");
  }
}
