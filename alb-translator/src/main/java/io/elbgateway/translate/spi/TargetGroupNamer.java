/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.spi;

import io.elbgateway.model.elb.TargetGroup;

/**
 * Names the target groups the translator creates when no TargetGroupConfiguration sets
 * {@code targetGroupName}. A name must be a valid ELB name (at most 32 letters, digits and hyphens)
 * and a pure function of what makes the target group distinct, so that it never collides with
 * another target group of the same cluster.
 */
public interface TargetGroupNamer {

  /**
   * The name of a target group, given its desired settings (name left empty) and the cluster's
   * name.
   */
  String name(TargetGroup withoutName, String clusterName);
}
