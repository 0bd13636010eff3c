/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.gen;

import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import java.util.List;

/**
 * A generated configuration: the objects of a cluster (printable as kubectl-ready YAML) and the
 * Gateway under test.
 *
 * @param objects every object, in the order a person would apply them
 * @param gateway the Gateway whose load balancer the scenario is about
 */
public record Scenario(List<KubernetesObject> objects, ObjectKey gateway) {

  /** A scenario; the list is copied. */
  public Scenario {
    objects = List.copyOf(objects);
  }

  /** The objects as a snapshot. */
  public ClusterSnapshot snapshot() {
    return ClusterSnapshot.of(objects);
  }
}
