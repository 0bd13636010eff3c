/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectMeta;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A {@code gateway.k8s.aws} ListenerRuleConfiguration: AWS-only rule features (authentication, JWT
 * validation, fixed responses, source-ip conditions, stickiness, redirect query) that an HTTPRoute
 * or GRPCRoute rule pulls in through an {@code ExtensionRef} filter. Read from {@code v1} and
 * {@code v1beta1} alike.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableListenerRuleConfiguration.class)
@JsonDeserialize(as = ImmutableListenerRuleConfiguration.class)
public interface ListenerRuleConfiguration extends KubernetesObject {

  @Value.Default
  default String apiVersion() {
    return "gateway.k8s.aws/v1";
  }

  @Value.Default
  default String kind() {
    return "ListenerRuleConfiguration";
  }

  ObjectMeta metadata();

  /** The settings; an object without {@code spec} reads as one with every field unset. */
  @Value.Default
  default ListenerRuleConfigurationSpec spec() {
    return ListenerRuleConfigurationSpec.builder().build();
  }

  Optional<ListenerRuleConfigurationStatus> status();

  /** A builder. */
  static ImmutableListenerRuleConfiguration.Builder builder() {
    return ImmutableListenerRuleConfiguration.builder();
  }
}
