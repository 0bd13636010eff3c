/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import io.elbgateway.model.gateway.GatewayClass;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.status.Problem;
import java.util.Optional;

/** STUB (helper replaces): decides whether a GatewayClass of this controller is accepted. */
public final class GatewayClasses {
  private GatewayClasses() {}

  /** Why the class cannot be accepted (e.g. {@code InvalidParameters}); empty when it can. */
  public static Optional<Problem> check(GatewayClass gatewayClass, ClusterSnapshot snapshot) {
    return Optional.empty();
  }
}
