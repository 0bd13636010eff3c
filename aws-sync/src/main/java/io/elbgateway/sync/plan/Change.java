/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.plan;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.elb.Listener;
import io.elbgateway.model.elb.ListenerRule;
import io.elbgateway.model.elb.LoadBalancer;
import io.elbgateway.model.elb.TargetDescription;
import io.elbgateway.model.elb.TargetGroup;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One step of a {@link Plan}: an {@link Operation} on one resource, named by its logical key (and
 * its ARN when it exists), the fields it changes for a person to review, and what the step needs to
 * run. Resources the step refers to that do not exist yet (the load balancer of a new listener, the
 * target group of a new rule) are named by logical key and found when the step runs, after the
 * steps before it created them.
 *
 * <p>A change holds no secret: an authenticate-oidc action names its Secret, read only when the
 * step runs.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableChange.class)
@JsonDeserialize(as = ImmutableChange.class)
public interface Change {

  /** What the step does. */
  Operation operation();

  /** The logical key of the resource (for a rule priority batch: its listener's key). */
  String key();

  /** The resource's ARN, when it exists. */
  Optional<String> arn();

  /** One line that identifies the resource for a person (name, port, priority). */
  @Value.Default
  default String summary() {
    return "";
  }

  /** What the step changes, field by field. */
  List<FieldChange> fields();

  /** Whether the step interrupts traffic (a load balancer replaced, a listener deleted). */
  @Value.Default
  default boolean disruptive() {
    return false;
  }

  /** The desired load balancer, resolved (subnet and security group IDs), for load balancer steps. */
  Optional<LoadBalancer> loadBalancer();

  /** The desired listener, certificates resolved, for listener steps. */
  Optional<Listener> listener();

  /** The desired rule, for rule steps. */
  Optional<ListenerRule> rule();

  /** The desired target group, for target group steps. */
  Optional<TargetGroup> targetGroup();

  /** The targets to register or deregister. */
  List<TargetDescription> targets();

  /** The certificate ARNs to add or remove. */
  List<String> certificateArns();

  /** The attributes to set. */
  Map<String, String> attributes();

  /** The tags to add (or overwrite), for {@link Operation#UPDATE_TAGS}. */
  Map<String, String> addTags();

  /** The tag keys to remove, for {@link Operation#UPDATE_TAGS}. */
  List<String> removeTagKeys();

  /** The priorities to set, for {@link Operation#SET_RULE_PRIORITIES}. */
  List<RulePriority> priorities();

  /** The web ACL to associate. */
  Optional<String> webAclArn();

  /** The logical key of the resource this one belongs to (a rule's listener, a listener's load balancer). */
  Optional<String> parentKey();

  /** A builder. */
  static ImmutableChange.Builder builder() {
    return ImmutableChange.builder();
  }
}
