/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.meta.KindDescriptor;
import org.junit.jupiter.api.Test;

class AwsKindsTest {

  @Test
  void describesTheThreeNamespacedKindsAtV1AndV1beta1() {
    assertThat(AwsKinds.ALL)
        .extracting(KindDescriptor::kind)
        .containsExactly(
            "LoadBalancerConfiguration", "TargetGroupConfiguration", "ListenerRuleConfiguration");
    assertThat(AwsKinds.ALL)
        .extracting(KindDescriptor::type)
        .containsExactly(
            LoadBalancerConfiguration.class,
            TargetGroupConfiguration.class,
            ListenerRuleConfiguration.class);
    for (KindDescriptor kind : AwsKinds.ALL) {
      assertThat(kind.group()).isEqualTo("gateway.k8s.aws");
      assertThat(kind.namespaced()).isTrue();
      assertThat(kind.preferredApiVersion()).isEqualTo("gateway.k8s.aws/v1");
      assertThat(kind.servesApiVersion("gateway.k8s.aws/v1beta1")).isTrue();
      assertThat(kind.servesApiVersion("gateway.k8s.aws/v1alpha1")).isFalse();
    }
  }

  @Test
  void preferredApiVersionIsTheModelDefault() {
    assertThat(
            LoadBalancerConfiguration.builder()
                .metadata(io.elbgateway.model.meta.ObjectMeta.of("n", "x"))
                .build()
                .apiVersion())
        .isEqualTo(AwsKinds.LOAD_BALANCER_CONFIGURATION.preferredApiVersion());
    assertThat(
            TargetGroupConfiguration.builder()
                .metadata(io.elbgateway.model.meta.ObjectMeta.of("n", "x"))
                .build()
                .kind())
        .isEqualTo(AwsKinds.TARGET_GROUP_CONFIGURATION.kind());
    assertThat(
            ListenerRuleConfiguration.builder()
                .metadata(io.elbgateway.model.meta.ObjectMeta.of("n", "x"))
                .build()
                .kind())
        .isEqualTo(AwsKinds.LISTENER_RULE_CONFIGURATION.kind());
  }
}
