/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The {@code spec} of a {@link Node}: its cloud identity and whether it takes new pods. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableNodeSpec.class)
@JsonDeserialize(as = ImmutableNodeSpec.class)
public interface NodeSpec {

  /**
   * The cloud provider's ID of the node; on AWS {@code aws:///<zone>/<instance id>}, e.g. {@code
   * aws:///us-west-2a/i-0123456789abcdef0}.
   */
  Optional<String> providerID();

  /** Whether new pods are kept off the node (cordoned). */
  @Value.Default
  default boolean unschedulable() {
    return false;
  }

  /**
   * The EC2 instance ID in {@link #providerID()} ({@code i-} and hex digits), empty when the
   * provider ID is absent or not an AWS EC2 one (e.g. a Fargate node).
   */
  default Optional<String> ec2InstanceId() {
    return providerID().flatMap(NodeSpec::ec2InstanceIdOf);
  }

  /** The EC2 instance ID in an AWS provider ID, if it holds one. */
  static Optional<String> ec2InstanceIdOf(String providerId) {
    Matcher m = AwsProviderId.PATTERN.matcher(providerId);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** A builder. */
  static ImmutableNodeSpec.Builder builder() {
    return ImmutableNodeSpec.builder();
  }

  /** Holder of the provider ID pattern (interfaces cannot have private constants). */
  final class AwsProviderId {
    /** {@code aws://}, an optional zone path, then the instance ID as the last segment. */
    static final Pattern PATTERN = Pattern.compile("^aws://(?:/[^/]*)*/(i-[0-9a-f]{8,17})$");

    private AwsProviderId() {}
  }
}
