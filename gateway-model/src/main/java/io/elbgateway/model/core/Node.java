/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectMeta;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A Kubernetes {@code Node} ({@code v1}, cluster-scoped): an instance target of {@code instance}
 * target groups.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableNode.class)
@JsonDeserialize(as = ImmutableNode.class)
public interface Node extends KubernetesObject {

  @Override
  @Value.Default
  default String apiVersion() {
    return "v1";
  }

  @Override
  @Value.Default
  default String kind() {
    return "Node";
  }

  @Override
  ObjectMeta metadata();

  @Value.Default
  default NodeSpec spec() {
    return NodeSpec.builder().build();
  }

  Optional<NodeStatus> status();

  /** The EC2 instance ID from {@code spec.providerID}, when the node is an EC2 instance. */
  default Optional<String> ec2InstanceId() {
    return spec().ec2InstanceId();
  }

  /** A builder. */
  static ImmutableNode.Builder builder() {
    return ImmutableNode.builder();
  }
}
