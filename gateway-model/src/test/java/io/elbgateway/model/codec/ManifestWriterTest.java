/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import static io.elbgateway.model.codec.TestKinds.reader;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectMeta;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestWriterTest {

  private static final Widget WIDGET =
      Widget.builder()
          .metadata(
              ObjectMeta.builder().namespace("shop").name("front").putLabel("app", "shop").build())
          .spec(
              WidgetSpec.builder()
                  .color("red")
                  .size(WidgetSize.LARGE)
                  .addParts("bolt", "nut")
                  .count(4)
                  .build())
          .build();

  private static final Gizmo GIZMO =
      ImmutableGizmo.builder()
          .metadata(ObjectMeta.builder().name("g").build())
          .description("a: value with a colon")
          .build();

  private static final List<KubernetesObject> OBJECTS = List.of(WIDGET, GIZMO);

  @Test
  void yamlIsOneDocumentPerObjectAndReadsBackEqual() {
    String yaml = ManifestWriter.yaml(OBJECTS);

    assertThat(yaml).startsWith("apiVersion: example.io/v1\nkind: Widget\n").contains("\n---\n");
    assertThat(yaml.split("\n---\n")).hasSize(2);
    assertThat(yaml).contains("size: Large").doesNotContain("status");
    LoadResult back = reader().readString(yaml, "out.yaml");
    assertThat(back.problems()).isEmpty();
    assertThat(back.objects()).containsExactly(WIDGET, GIZMO);
  }

  @Test
  void jsonOfSeveralObjectsIsAV1ListAndReadsBackEqual() {
    String json = ManifestWriter.json(OBJECTS);

    assertThat(json).contains("\"kind\" : \"List\"").contains("\"apiVersion\" : \"v1\"");
    LoadResult back = reader().readString(json, "out.json");
    assertThat(back.problems()).isEmpty();
    assertThat(back.objects()).containsExactly(WIDGET, GIZMO);
  }

  @Test
  void jsonOfOneObjectIsTheObject() {
    String json = ManifestWriter.json(List.of(WIDGET));

    assertThat(json).startsWith("{").contains("\"kind\" : \"Widget\"").doesNotContain("items");
    assertThat(reader().readString(json, "one.json").objects()).containsExactly(WIDGET);
  }

  @Test
  void noObjectsAreAnEmptyYamlStreamOrAnEmptyList() {
    assertThat(ManifestWriter.yaml(List.of())).isEmpty();
    LoadResult back = reader().readString(ManifestWriter.json(List.of()), "none.json");
    assertThat(back.objects()).isEmpty();
    assertThat(back.problems()).isEmpty();
  }

  @Test
  void writesToAFileInTheFormatItsNameSaysAndToAWriter(@TempDir Path dir) throws IOException {
    Path yaml = dir.resolve("out.yaml");
    Path json = dir.resolve("out.json");
    ManifestWriter.write(OBJECTS, yaml);
    ManifestWriter.write(OBJECTS, json);
    StringWriter writer = new StringWriter();
    ManifestWriter.writeYaml(OBJECTS, writer);

    assertThat(Files.readString(json)).startsWith("{");
    assertThat(Files.readString(yaml)).isEqualTo(writer.toString());
    assertThat(reader().read(yaml, json).objects()).containsExactly(WIDGET, GIZMO);
  }

  @Test
  void anyModelValueWritesAsYamlOrJson() {
    assertThat(ManifestWriter.toYaml(WIDGET.spec()))
        .isEqualTo("color: red\nsize: Large\nparts:\n  - bolt\n  - nut\ncount: 4\n");
    assertThat(ManifestWriter.toJson(WIDGET.spec())).startsWith("{").contains("\"count\" : 4");
  }
}
