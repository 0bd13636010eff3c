/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elbgateway.model.codec.ModelMappers;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class KeyValueListJsonTest {

  private static TargetGroup withTags(String tagsJson) {
    return ModelMappers.json()
        .readValue("{\"Key\":\"k\",\"TargetGroupName\":\"n\",\"Tags\":" + tagsJson + "}", TargetGroup.class);
  }

  @Test
  void writesMapsAsKeyValueListsSortedByKey() {
    TargetGroup tg =
        TargetGroup.builder().key("k").name("n").putTag("zeta", "1").putTag("alpha", "2").build();
    assertThat(ModelMappers.json().writeValueAsString(tg))
        .contains(
            "\"Tags\":[{\"Key\":\"alpha\",\"Value\":\"2\"},{\"Key\":\"zeta\",\"Value\":\"1\"}]");
  }

  @Test
  void emptyMapsAreLeftOut() {
    String json =
        ModelMappers.json().writeValueAsString(TargetGroup.builder().key("k").name("n").build());
    assertThat(json).doesNotContain("Tags").doesNotContain("Attributes");
  }

  @Test
  void readsKeyValueLists() {
    TargetGroup tg =
        withTags(
            "[{\"Key\":\"a\",\"Value\":\"1\"},{\"Value\":\"\",\"Key\":\"b\"},{\"Key\":\"c\"}]");
    assertThat(tg.tags()).containsEntry("a", "1").containsEntry("b", "").containsEntry("c", "");
  }

  @Test
  void rejectsOtherShapes() {
    assertThatThrownBy(() -> withTags("{\"a\":\"1\"}"))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("Key");
    assertThatThrownBy(() -> withTags("[{\"Value\":\"1\"}]"))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("lacks \"Key\"");
  }
}
