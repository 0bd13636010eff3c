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
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;

/** An owned target group as AWS has it, with its targets and their health. */
@Value.Immutable
@ModelStyle
public interface ObservedTargetGroup {

  /** The target group as {@code DescribeTargetGroups} returned it. */
  TargetGroup targetGroup();

  /** Its tags. */
  Map<String, String> tags();

  /** Its registered targets and their state, draining ones included. */
  List<TargetHealthDescription> targets();

  /** Its attributes, when they were read (only when the desired target group sets some). */
  Optional<Map<String, String>> attributes();

  /** Its ARN. */
  default String arn() {
    return targetGroup().targetGroupArn();
  }

  /** Its name. */
  default String name() {
    return targetGroup().targetGroupName();
  }

  /** A builder. */
  static ImmutableObservedTargetGroup.Builder builder() {
    return ImmutableObservedTargetGroup.builder();
  }
}
