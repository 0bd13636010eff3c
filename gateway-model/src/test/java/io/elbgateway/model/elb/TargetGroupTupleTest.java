/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import static io.elbgateway.model.elb.ElbFixtures.CART_V1;
import static io.elbgateway.model.elb.ElbFixtures.CART_V2;
import static io.elbgateway.model.elb.ElbFixtures.HTTPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elbgateway.model.codec.ModelMappers;
import org.junit.jupiter.api.Test;

class TargetGroupTupleTest {

  @Test
  void aTupleWithAKeySerializesAsBefore() {
    assertThat(ModelMappers.json().writeValueAsString(TargetGroupTuple.of("a/b/c/d:80", 3)))
        .isEqualTo("{\"TargetGroupKey\":\"a/b/c/d:80\",\"Weight\":3}");
    assertThat(ModelMappers.json().writeValueAsString(TargetGroupTuple.builder().targetGroupKey("k").build()))
        .isEqualTo("{\"TargetGroupKey\":\"k\"}");
  }

  @Test
  void aTupleWithANameSerializesTheNameAndRoundTrips() {
    TargetGroupTuple tuple = TargetGroupTuple.ofName("legacy-web", 5);
    String json = ModelMappers.json().writeValueAsString(tuple);
    assertThat(json).isEqualTo("{\"TargetGroupName\":\"legacy-web\",\"Weight\":5}");
    assertThat(ModelMappers.json().readValue(json, TargetGroupTuple.class)).isEqualTo(tuple);
  }

  @Test
  void exactlyOneOfKeyAndName() {
    assertThatThrownBy(() -> TargetGroupTuple.builder().weight(1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exactly one");
    assertThatThrownBy(() -> TargetGroupTuple.builder().targetGroupKey("k").targetGroupName("n").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exactly one");
    assertThatThrownBy(
            () -> ModelMappers.json().readValue("{\"Weight\":1}", TargetGroupTuple.class))
        .hasMessageContaining("exactly one");
  }

  @Test
  void namesAreNotKeys() {
    ElbStack base = ElbFixtures.stack();
    ListenerRule named =
        ListenerRule.builder()
            .from(ElbFixtures.weightedRule())
            .key(HTTPS + "/legacy")
            .priority(99)
            .actions(
                java.util.List.of(
                    Action.forward(
                        java.util.List.of(
                            TargetGroupTuple.ofName("legacy-web", 1), TargetGroupTuple.of(CART_V2, 1)))))
            .build();
    ElbStack stack = ElbStack.builder().from(base).addRule(named).build();
    assertThat(stack.referencedTargetGroupKeys()).containsExactly(CART_V1, CART_V2);
    assertThat(stack.referencedTargetGroupNames()).containsExactly("legacy-web");
    assertThat(base.referencedTargetGroupNames()).isEmpty();
  }
}
