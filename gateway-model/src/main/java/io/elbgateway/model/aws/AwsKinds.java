/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.meta.KindDescriptor;
import io.elbgateway.model.meta.KubernetesObject;
import java.util.List;

/**
 * The {@code gateway.k8s.aws} kinds the model reads: LoadBalancerConfiguration,
 * TargetGroupConfiguration and ListenerRuleConfiguration, each namespaced and served as {@code v1}
 * and the deprecated {@code v1beta1} (same schema, same model type).
 */
public final class AwsKinds {

  /** The API group of the AWS Load Balancer Controller's Gateway API extension kinds. */
  public static final String GROUP = "gateway.k8s.aws";

  /** The served versions, newest first. */
  public static final List<String> VERSIONS = List.of("v1", "v1beta1");

  /** LoadBalancerConfiguration. */
  public static final KindDescriptor LOAD_BALANCER_CONFIGURATION =
      describe("LoadBalancerConfiguration", LoadBalancerConfiguration.class);

  /** TargetGroupConfiguration. */
  public static final KindDescriptor TARGET_GROUP_CONFIGURATION =
      describe("TargetGroupConfiguration", TargetGroupConfiguration.class);

  /** ListenerRuleConfiguration. */
  public static final KindDescriptor LISTENER_RULE_CONFIGURATION =
      describe("ListenerRuleConfiguration", ListenerRuleConfiguration.class);

  /** The three kinds. */
  public static final List<KindDescriptor> ALL =
      List.of(
          LOAD_BALANCER_CONFIGURATION, TARGET_GROUP_CONFIGURATION, LISTENER_RULE_CONFIGURATION);

  private AwsKinds() {}

  private static KindDescriptor describe(
      String kind, Class<? extends KubernetesObject> type) {
    return KindDescriptor.builder()
        .group(GROUP)
        .kind(kind)
        .versions(VERSIONS)
        .namespaced(true)
        .type(type)
        .build();
  }
}
