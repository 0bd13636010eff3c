/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import static io.elbgateway.model.codec.TestKinds.reader;
import static io.elbgateway.model.codec.TestKinds.rendered;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.validation.FieldPath;
import io.elbgateway.model.validation.Severity;
import io.elbgateway.model.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestReaderTest {

  private static final String THREE_WIDGETS =
      """
      # three widgets
      apiVersion: example.io/v1
      kind: Widget
      metadata:
        name: one
        namespace: shop
      spec:
        color: red
      ---
      apiVersion: example.io/v1
      kind: Widget
      metadata:
        name: two
        namespace: shop
      spec:
        color: blue
        size: Large
        parts:
          - bolt
          - nut
        count: 3
      --- # the third one
      apiVersion: example.io/v1
      kind: Widget
      metadata:
        namespace: shop
        name: Bad_Name
      spec:
        color: green
      """;

  @Test
  void readsEveryDocumentOfAMultiDocumentStreamInOrder() {
    LoadResult result = reader().readString(THREE_WIDGETS.replace("Bad_Name", "three"), "w.yaml");

    assertThat(result.problems()).isEmpty();
    assertThat(result.objects())
        .extracting(o -> o.metadata().name())
        .containsExactly("one", "two", "three");
    Widget two = (Widget) result.objects().get(1);
    assertThat(two.spec().size()).contains(WidgetSize.LARGE);
    assertThat(two.spec().parts()).containsExactly("bolt", "nut");
    assertThat(two.spec().count()).contains(3);
    assertThat(result.entries())
        .extracting(e -> e.location().render())
        .containsExactly("w.yaml:2", "w.yaml:10", "w.yaml:23");
  }

  @Test
  void recordsTheFileLineOfEveryFieldAndListItem() {
    LoadedObject two = reader().readString(THREE_WIDGETS, "w.yaml").entries().get(1);

    assertThat(two.lines().line(FieldPath.parse(".spec.color"))).isEqualTo(16);
    assertThat(two.lines().line(FieldPath.parse(".spec.parts[1]"))).isEqualTo(20);
    assertThat(two.lines().line(FieldPath.parse(".spec.count"))).isEqualTo(21);
    // a path without a line of its own falls back to its nearest ancestor
    assertThat(two.lines().line(FieldPath.parse(".spec.nothing.here"))).isEqualTo(15);
    assertThat(two.locate(FieldPath.parse(".metadata.name")).render()).isEqualTo("w.yaml:13");
  }

  @Test
  void aViolationInTheThirdDocumentIsReportedAtItsFileLineAndTheObjectIsNotLoaded() {
    LoadResult result = reader().readString(THREE_WIDGETS, "w.yaml");

    assertThat(rendered(result))
        .containsExactly(
            "ERROR w.yaml:27: Widget shop/Bad_Name .metadata.name:"
                + " \"Bad_Name\" is not a valid object name");
    assertThat(result.problems().get(0).path()).contains(FieldPath.parse(".metadata.name"));
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.objects()).extracting(o -> o.metadata().name()).containsExactly("one", "two");
  }

  @Test
  void anInjectedValidatorsWarningsAreReportedAndTheObjectIsKept() {
    ManifestReader reader =
        ManifestReader.builder()
            .registry(TestKinds.REGISTRY)
            .validator(
                o ->
                    List.of(
                        Violation.warning(o.key(), FieldPath.parse(".spec.parts[1]"), "looks odd")))
            .build();

    LoadResult result = reader.readString(THREE_WIDGETS, "w.yaml");

    assertThat(result.objects()).hasSize(3);
    assertThat(result.hasErrors()).isFalse();
    assertThat(rendered(result))
        .contains("WARNING w.yaml:20: Widget shop/two .spec.parts[1]: looks odd")
        // no parts in the first widget: the nearest ancestor with a line is .spec
        .contains("WARNING w.yaml:7: Widget shop/one .spec.parts[1]: looks odd");
  }

  @Test
  void emptyDocumentsAreSkippedSilently() {
    LoadResult result =
        reader()
            .readString(
                "---\n# nothing\n---\n\n---\napiVersion: example.io/v1\nkind: Gizmo\n"
                    + "metadata: {name: g}\n---\n~\n---\n",
                "e.yaml");

    assertThat(result.problems()).isEmpty();
    assertThat(result.entries()).extracting(e -> e.location().line()).containsExactly(6);
  }

  @Test
  void aDocumentWithoutApiVersionOrKindIsAnError() {
    LoadResult result =
        reader()
            .readString(
                "kind: Widget\nmetadata: {name: a}\n---\napiVersion: v1\n---\nfoo: bar\n", "x.yaml");

    assertThat(rendered(result))
        .containsExactly(
            "ERROR x.yaml:1: object has no apiVersion; it is not read",
            "ERROR x.yaml:4: object has no kind; it is not read",
            "ERROR x.yaml:6: object has no apiVersion and kind; it is not read");
  }

  @Test
  void aDocumentThatIsNotAnObjectIsAnError() {
    LoadResult result = reader().readString("- a\n- b\n---\njust text\n", "x.yaml");

    assertThat(rendered(result))
        .containsExactly(
            "ERROR x.yaml:1: a document must be an object with apiVersion and kind, not a list",
            "ERROR x.yaml:4: a document must be an object with apiVersion and kind, not a single"
                + " value");
  }

  @Test
  void anUnknownKindIsSkippedWithAWarningNamingItsApiVersionAndKind() {
    LoadResult result =
        reader()
            .readString(
                """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: c}
                ---
                apiVersion: other.io/v1
                kind: Widget
                metadata: {name: w}
                """,
                "u.yaml");

    assertThat(result.objects()).isEmpty();
    assertThat(result.hasErrors()).isFalse();
    assertThat(rendered(result))
        .containsExactly(
            "WARNING u.yaml:1: unknown kind ConfigMap (apiVersion v1); skipped",
            "WARNING u.yaml:5: unknown kind Widget (apiVersion other.io/v1); skipped");
  }

  @Test
  void aKnownKindAtAnUnservedVersionIsAnError() {
    LoadResult result =
        reader()
            .readString(
                "apiVersion: example.io/v2\nkind: Widget\nmetadata: {name: w, namespace: n}\n"
                    + "spec: {color: red}\n",
                "v.yaml");

    assertThat(rendered(result))
        .containsExactly(
            "ERROR v.yaml:1: Widget n/w: Widget is not served at example.io/v2;"
                + " served versions: v1, v1beta1");
  }

  @Test
  void anOlderServedVersionReadsIntoTheSameTypeAndKeepsItsApiVersion() {
    LoadResult result =
        reader()
            .readString(
                "apiVersion: example.io/v1beta1\nkind: Widget\nmetadata: {name: w}\n"
                    + "spec: {color: red}\n",
                "v.yaml");

    assertThat(result.problems()).isEmpty();
    assertThat(result.objects().get(0).apiVersion()).isEqualTo("example.io/v1beta1");
  }

  @Test
  void aFieldOfTheWrongTypeIsAnErrorAtItsPathAndLine() {
    LoadResult result =
        reader()
            .readString(
                """
                apiVersion: example.io/v1
                kind: Widget
                metadata: {name: w, namespace: n}
                spec:
                  color: red
                  count: many
                ---
                apiVersion: example.io/v1
                kind: Widget
                metadata: {name: v, namespace: n}
                spec:
                  color: red
                  parts: {a: b}
                ---
                apiVersion: example.io/v1
                kind: Widget
                metadata: {name: x, namespace: n}
                spec:
                  color: red
                  count: 3.5
                """,
                "t.yaml");

    assertThat(result.objects()).isEmpty();
    assertThat(rendered(result))
        .containsExactly(
            "ERROR t.yaml:6: Widget n/w .spec.count: must be an integer, not a string (\"many\")",
            "ERROR t.yaml:13: Widget n/v .spec.parts: must be a list, not an object",
            "ERROR t.yaml:20: Widget n/x .spec.count: must be an integer, not a number (3.5)");
  }

  @Test
  void aMissingRequiredFieldIsReportedAsRequiredValue() {
    LoadResult result =
        reader()
            .readString(
                """
                apiVersion: example.io/v1
                kind: Widget
                metadata: {name: w, namespace: n}
                spec:
                  size: Small
                ---
                apiVersion: example.io/v1
                kind: Widget
                metadata:
                  namespace: n
                spec: {color: red}
                ---
                apiVersion: example.io/v1
                kind: Gizmo
                metadata: {name: g}
                ---
                apiVersion: example.io/v1
                kind: Widget
                metadata: {name: x}
                """,
                "r.yaml");

    assertThat(result.objects()).extracting(KubernetesObject::kind).containsExactly("Gizmo");
    assertThat(rendered(result))
        .containsExactly(
            "ERROR r.yaml:4: Widget n/w .spec.color: required value",
            "ERROR r.yaml:9: .metadata.name: required value",
            "ERROR r.yaml:17: Widget default/x .spec: required value");
  }

  @Test
  void anUnsupportedEnumValueListsTheSupportedValues() {
    LoadResult result =
        reader()
            .readString(
                "apiVersion: example.io/v1\nkind: Widget\nmetadata: {name: w}\nspec:\n"
                    + "  color: red\n  size: Huge\n",
                "e.yaml");

    assertThat(rendered(result))
        .containsExactly(
            "ERROR e.yaml:6: Widget default/w .spec.size: unsupported value \"Huge\":"
                + " supported values: \"Small\", \"Large\"");
  }

  @Test
  void malformedYamlInOneDocumentDoesNotStopTheOthers() {
    LoadResult result =
        reader()
            .readString(
                """
                apiVersion: example.io/v1
                kind: Gizmo
                metadata: {name: a}
                ---
                apiVersion: example.io/v1
                kind: Gizmo
                metadata:
                  name: b
                   oops: [
                ---
                apiVersion: example.io/v1
                kind: Gizmo
                metadata: {name: c}
                """,
                "m.yaml");

    assertThat(result.objects()).extracting(o -> o.metadata().name()).containsExactly("a", "c");
    assertThat(result.problems()).hasSize(1);
    Problem problem = result.problems().get(0);
    assertThat(problem.severity()).isEqualTo(Severity.ERROR);
    assertThat(problem.location().line()).isEqualTo(9);
    assertThat(problem.message()).startsWith("malformed YAML: ").doesNotContain("\n", "at [");
  }

  @Test
  void aRepeatedKeyIsAnErrorAndTheDocumentIsNotLoaded() {
    LoadResult result =
        reader()
            .readString(
                "apiVersion: example.io/v1\nkind: Gizmo\nmetadata:\n  name: a\n  name: b\n", "d.yaml");

    assertThat(result.objects()).isEmpty();
    assertThat(rendered(result))
        .containsExactly(
            "ERROR d.yaml:5: Gizmo b .metadata.name: duplicate field \"name\" (first at line 4)");
  }

  @Test
  void unknownFieldsAreIgnoredWithAWarningAtTheirLine() {
    LoadResult result =
        reader()
            .readString(
                """
                apiVersion: example.io/v1
                kind: Widget
                metadata:
                  name: w
                  namespace: n
                  colour: red
                spec:
                  color: red
                  shape:
                    round: true
                """,
                "f.yaml");

    assertThat(result.objects()).hasSize(1);
    assertThat(result.hasErrors()).isFalse();
    assertThat(rendered(result))
        .containsExactly(
            "WARNING f.yaml:6: Widget n/w .metadata.colour: unknown field, ignored",
            "WARNING f.yaml:9: Widget n/w .spec.shape: unknown field, ignored");
  }

  @Test
  void duplicateObjectsLaterWinsWithAWarningNamingBothLocations() {
    LoadResult result =
        reader()
            .readString(
                """
                apiVersion: example.io/v1
                kind: Widget
                metadata: {name: w}
                spec: {color: red}
                ---
                apiVersion: example.io/v1
                kind: Gizmo
                metadata: {name: g}
                ---
                apiVersion: example.io/v1
                kind: Widget
                metadata: {name: w, namespace: default}
                spec: {color: blue}
                """,
                "dup.yaml");

    assertThat(result.objects()).extracting(KubernetesObject::kind).containsExactly("Gizmo", "Widget");
    assertThat(((Widget) result.objects().get(1)).spec().color()).isEqualTo("blue");
    assertThat(rendered(result))
        .containsExactly(
            "WARNING dup.yaml:10: Widget default/w: duplicate of the object at dup.yaml:1;"
                + " this one replaces it");
    assertThat(result.location(ObjectKey.of("example.io", "Widget", "default", "w")))
        .map(SourceLocation::render)
        .contains("dup.yaml:10");
  }

  @Test
  void aGenericListIsUnpackedWithItemLines() {
    LoadResult result =
        reader()
            .readString(
                """
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: example.io/v1
                    kind: Gizmo
                    metadata: {name: g}
                  - apiVersion: example.io/v1
                    kind: Widget
                    metadata:
                      name: w
                      namespace: n
                    spec:
                      color: red
                      count: "x"
                  - apiVersion: v1
                    kind: Secret
                    metadata: {name: s}
                """,
                "l.yaml");

    assertThat(result.entries()).extracting(e -> e.location().render()).containsExactly("l.yaml:4");
    assertThat(rendered(result))
        .containsExactly(
            "ERROR l.yaml:14: Widget n/w .spec.count: must be an integer, not a string (\"x\")",
            "WARNING l.yaml:15: unknown kind Secret (apiVersion v1); skipped");
  }

  @Test
  void aTypedListGivesItsItemsItsApiVersionAndKind() {
    LoadResult result =
        reader()
            .readString(
                """
                apiVersion: example.io/v1beta1
                kind: WidgetList
                items:
                - metadata: {name: a, namespace: n}
                  spec: {color: red}
                - metadata: {name: b, namespace: n}
                  spec: {color: red, size: Tiny}
                """,
                "wl.yaml");

    assertThat(result.objects()).hasSize(1);
    assertThat(result.objects().get(0).apiVersion()).isEqualTo("example.io/v1beta1");
    assertThat(result.objects().get(0).kind()).isEqualTo("Widget");
    assertThat(rendered(result))
        .containsExactly(
            "ERROR wl.yaml:7: Widget n/b .spec.size: unsupported value \"Tiny\":"
                + " supported values: \"Small\", \"Large\"");
  }

  @Test
  void yamlAliasesAndMergeKeysAreExpanded() {
    LoadResult result =
        reader()
            .readString(
                """
                apiVersion: example.io/v1
                kind: Widget
                metadata:
                  name: w
                  labels: &labels {app: shop}
                  annotations: *labels
                  finalizers: &parts [bolt, nut]
                spec:
                  <<: {color: red, count: 2}
                  count: 5
                  parts: *parts
                """,
                "a.yaml");

    assertThat(result.problems()).isEmpty();
    Widget widget = (Widget) result.objects().get(0);
    assertThat(widget.metadata().annotations()).containsEntry("app", "shop");
    assertThat(widget.spec().color()).isEqualTo("red");
    assertThat(widget.spec().count()).contains(5);
    assertThat(widget.spec().parts()).containsExactly("bolt", "nut");
  }

  @Test
  void anAliasToASingleValueIsAnErrorNotAWrongValue() {
    LoadResult result =
        reader()
            .readString(
                "apiVersion: example.io/v1\nkind: Gizmo\nmetadata: {name: &n g}\n"
                    + "description: *n\n",
                "a.yaml");

    assertThat(result.objects()).isEmpty();
    assertThat(rendered(result))
        .containsExactly(
            "ERROR a.yaml:4: alias *n names no anchor on a mapping or list before it"
                + " (anchors on single values are not supported)");
  }

  @Test
  void tildeAndNullAreNull() {
    LoadResult result =
        reader()
            .readString(
                "apiVersion: example.io/v1\nkind: Gizmo\nmetadata: {name: g}\ndescription: ~\n",
                "n.yaml");

    assertThat(result.problems()).isEmpty();
    assertThat(((Gizmo) result.objects().get(0)).description()).isEmpty();
  }

  @Test
  void aDocumentStartingOnTheSeparatorLineKeepsItsLines() {
    LoadResult result =
        reader()
            .readString(
                "apiVersion: example.io/v1\nkind: Gizmo\nmetadata: {name: a}\n"
                    + "--- {apiVersion: example.io/v1, kind: Gizmo, metadata: {name: b}}\n",
                "s.yaml");

    assertThat(result.problems()).isEmpty();
    assertThat(result.entries()).extracting(e -> e.location().line()).containsExactly(1, 4);
  }
}
