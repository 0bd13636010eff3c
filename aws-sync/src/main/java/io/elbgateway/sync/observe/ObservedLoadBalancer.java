/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.observe;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;

/** An owned load balancer as AWS has it, with its listeners and what is attached to it. */
@Value.Immutable
@ModelStyle
public interface ObservedLoadBalancer {

  /** The load balancer as {@code DescribeLoadBalancers} returned it. */
  LoadBalancer loadBalancer();

  /** Its tags. */
  Map<String, String> tags();

  /** Its attributes, when they were read (when desired attributes exist, or before deleting it). */
  Optional<Map<String, String>> attributes();

  /** Every listener on it, owned or not. */
  List<ObservedListener> listeners();

  /** Whether the web ACL association was read (a WAFv2 client is given and it matters). */
  @Value.Default
  default boolean webAclRead() {
    return false;
  }

  /** The associated web ACL's ARN, when one is and it was read. */
  Optional<String> webAclArn();

  /** The Shield protection's ID, when one was looked for and exists. */
  Optional<String> shieldProtectionId();

  /** The name of that protection. */
  Optional<String> shieldProtectionName();

  /** The reserved capacity units, when they were read. */
  Optional<Integer> capacityUnits();

  /** Its ARN. */
  default String arn() {
    return loadBalancer().loadBalancerArn();
  }

  /** Whether deletion protection is on (as far as the attributes were read). */
  default boolean deletionProtected() {
    return attributes().map(a -> "true".equals(a.get("deletion_protection.enabled"))).orElse(false);
  }

  /** A builder. */
  static ImmutableObservedLoadBalancer.Builder builder() {
    return ImmutableObservedLoadBalancer.builder();
  }
}
