/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import static io.elbgateway.model.codec.TestKinds.reader;
import static io.elbgateway.model.codec.TestKinds.rendered;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestFilesTest {

  private static final Path MANIFESTS = Path.of("src/test/resources/manifests/codec");

  @Test
  void aDirectoryIsReadRecursivelyInSortedPathOrderSkippingOtherFiles() {
    LoadResult result = reader().read(MANIFESTS.resolve("tree"));

    String tree = MANIFESTS.resolve("tree").toString();
    assertThat(result.entries())
        .extracting(e -> e.object().metadata().name() + "@" + e.location().render())
        .containsExactly(
            "a-m@" + tree + "/a/m.json:1",
            "a-z@" + tree + "/a/z.yml:2",
            "b@" + tree + "/b.yaml:1",
            "c2@" + tree + "/c.json:17");
    // the JSON List's first item has a bad enum value: reported at its JSON line
    assertThat(rendered(result))
        .containsExactly(
            "ERROR "
                + tree
                + "/c.json:14: Widget shop/c1 .spec.size: unsupported value \"Medium\":"
                + " supported values: \"Small\", \"Large\"");
  }

  @Test
  void filesAndDirectoriesAreReadInTheOrderGiven() {
    LoadResult result =
        reader().read(MANIFESTS.resolve("tree/b.yaml"), MANIFESTS.resolve("tree/a"));

    assertThat(result.objects())
        .extracting(o -> o.metadata().name())
        .containsExactly("b", "a-m", "a-z");
  }

  @Test
  void aRealisticMultiDocumentFileLoadsEveryObject() {
    LoadResult result = reader().read(MANIFESTS.resolve("widgets.yaml"));

    assertThat(result.problems()).isEmpty();
    assertThat(result.entries())
        .extracting(e -> e.object().key().display() + " " + e.location().line())
        .containsExactly("Widget shop/front 2", "Gizmo cluster-gizmo 17", "Widget shop/back 23");
    Widget front = (Widget) result.objects().get(0);
    assertThat(front.metadata().labels()).containsEntry("app", "shop");
    assertThat(front.spec().parts()).containsExactly("bolt", "nut");
    assertThat(((Gizmo) result.objects().get(1)).description())
        .contains("a cluster-scoped test kind");
    assertThat(result.objects().get(2).apiVersion()).isEqualTo("example.io/v1beta1");
  }

  @Test
  void malformedJsonIsAnErrorAtItsLine() {
    LoadResult result = reader().read(MANIFESTS.resolve("broken.json"));

    assertThat(result.objects()).isEmpty();
    assertThat(result.problems()).hasSize(1);
    assertThat(result.problems().get(0).location().line()).isEqualTo(7);
    assertThat(result.problems().get(0).message()).startsWith("malformed JSON: ");
  }

  @Test
  void aMissingFileIsAnErrorNamingThePath(@TempDir Path dir) {
    Path missing = dir.resolve("nope.yaml");

    LoadResult result = reader().read(missing);

    assertThat(rendered(result))
        .containsExactly("ERROR " + missing + ": no such file or directory");
  }

  @Test
  void aStreamIsReadUnderItsSourceNameAndJsonIsToldByTheName() {
    byte[] json =
        "{\"apiVersion\": \"example.io/v1\", \"kind\": \"Gizmo\", \"metadata\": {\"name\": \"s\"}}"
            .getBytes(StandardCharsets.UTF_8);

    LoadResult result = reader().read(new ByteArrayInputStream(json), "stdin.json");

    assertThat(result.problems()).isEmpty();
    assertThat(result.entries().get(0).location().render()).isEqualTo("stdin.json:1");
  }

  @Test
  void windowsLineEndingsAndAByteOrderMarkKeepLinesRight(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("crlf.yaml");
    Files.writeString(
        file,
        "\uFEFFapiVersion: example.io/v1\r\nkind: Gizmo\r\nmetadata: {name: a}\r\n---\r\n"
            + "apiVersion: example.io/v1\r\nkind: Gizmo\r\nmetadata: {name: B}\r\n",
        StandardCharsets.UTF_8);

    LoadResult result = reader().read(file);

    assertThat(result.objects()).extracting(o -> o.metadata().name()).containsExactly("a");
    assertThat(rendered(result))
        .containsExactly(
            "ERROR " + file + ":7: Gizmo B .metadata.name: \"B\" is not a valid object name");
  }
}
