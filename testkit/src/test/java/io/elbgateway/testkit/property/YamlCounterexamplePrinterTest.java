/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.core.Namespace;
import io.elbgateway.model.meta.ObjectMeta;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlCounterexamplePrinterTest {

  private final YamlCounterexamplePrinter printer = new YamlCounterexamplePrinter();

  private static Namespace namespace(String name) {
    return Namespace.builder().metadata(ObjectMeta.builder().name(name).build()).build();
  }

  @Test
  void aKubernetesObjectPrintsAsAManifest() {
    assertThat(printer.print(namespace("team-a")))
        .isEqualTo("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n");
  }

  @Test
  void severalObjectsPrintAsDocuments() {
    String yaml = printer.print(List.of(namespace("a"), namespace("b")));
    String pair = printer.print(new Tuple2<>(namespace("a"), namespace("b")));

    assertThat(yaml).containsSubsequence("name: a\n", "---\n", "name: b\n");
    assertThat(pair).isEqualTo(yaml);
  }

  @Test
  void otherValuesPrintAsYamlOrByToString() {
    assertThat(printer.print(List.of(1, 2))).isEqualTo("  - 1\n  - 2\n");
    Object opaque =
        new Object() {
          @Override
          public String toString() {
            return "opaque";
          }
        };
    assertThat(printer.print(opaque)).isEqualTo("opaque");
  }

  @Test
  void aPropertyReportUsesThePrinter() {
    PropertyResult<Namespace> result =
        Property.forAll(Gen.strings("ab", 1, 5).map(YamlCounterexamplePrinterTest::namespace))
            .withSeed(1)
            .withPrinter(printer)
            .check(ns -> ns.metadata().name().length() < 3);

    assertThat(result.report()).contains("  kind: Namespace\n  metadata:\n    name: aaa\n");
  }
}
