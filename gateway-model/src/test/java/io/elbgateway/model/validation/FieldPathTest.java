package io.elbgateway.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FieldPathTest {

  @Test
  void rendersLikeKubectl() {
    FieldPath path = FieldPath.root().field("spec").field("rules", 0).field("matches", 1).field("path").field("value");
    assertThat(path).hasToString(".spec.rules[0].matches[1].path.value");
    assertThat(FieldPath.root()).hasToString("");
  }

  @Test
  void parsesWhatItRenders() {
    String text = ".spec.rules[0].matches[12].headers[3].name";
    assertThat(FieldPath.parse(text)).hasToString(text);
    assertThat(FieldPath.parse(text))
        .isEqualTo(FieldPath.root().field("spec").field("rules", 0).field("matches", 12).field("headers", 3).field("name"));
  }

  @Test
  void rejectsMalformedText() {
    assertThatThrownBy(() -> FieldPath.parse("spec")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FieldPath.parse(".rules[0")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void knowsItsAncestors() {
    FieldPath value = FieldPath.parse(".spec.rules[0].name");
    assertThat(value.parent()).isEqualTo(FieldPath.parse(".spec.rules[0]"));
    assertThat(value.startsWith(FieldPath.parse(".spec"))).isTrue();
    assertThat(value.startsWith(FieldPath.parse(".spec.rules[1]"))).isFalse();
    assertThat(FieldPath.root().parent()).isEqualTo(FieldPath.root());
  }
}
