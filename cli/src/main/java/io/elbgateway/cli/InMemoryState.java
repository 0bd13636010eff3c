/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.elb.ElbStack;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The state file of the built-in in-memory AWS: what was applied last (the desired stacks), and
 * what the in-memory AWS must know to rebuild it exactly (its Region and id seed, the web ACLs and
 * the ACM certificates the stacks use). Like Terraform's local state, it lets a plan after an apply
 * show no changes.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableInMemoryState.class)
@JsonDeserialize(as = ImmutableInMemoryState.class)
interface InMemoryState {

  /** The format's version. */
  @Value.Default
  default int version() {
    return 1;
  }

  /** The cluster name the stacks were applied with (part of the ownership tags). */
  String clusterName();

  /** The in-memory AWS Region. */
  String region();

  /** The seed of the in-memory AWS's id generator: same seed, same ARNs and DNS names. */
  @Value.Default
  default long seed() {
    return 1;
  }

  /** The web ACLs that exist in the in-memory WAF. */
  List<String> webAcls();

  /** The hostnames that have an issued certificate in the in-memory ACM. */
  List<String> certificateHostnames();

  /** The stacks applied last. */
  List<ElbStack> stacks();
}
