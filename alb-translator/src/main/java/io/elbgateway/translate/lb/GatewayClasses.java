/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import io.elbgateway.model.gateway.GatewayClass;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.status.Problem;
import java.util.Optional;

/**
 * Decides whether a GatewayClass of this controller is accepted. A class without {@code
 * spec.parametersRef} is; a class with one is accepted only when the reference names a {@code
 * gateway.k8s.aws} LoadBalancerConfiguration, with its namespace (the kind is namespaced), that
 * exists. Otherwise {@code Accepted=False/InvalidParameters} (Gateway API §GatewayClass), with a
 * message naming the field and the fix.
 */
public final class GatewayClasses {
  private GatewayClasses() {}

  /** Why the class cannot be accepted (e.g. {@code InvalidParameters}); empty when it can. */
  public static Optional<Problem> check(GatewayClass gatewayClass, ClusterSnapshot snapshot) {
    return gatewayClass
        .spec()
        .parametersRef()
        .map(ref -> ParametersRefs.ofGatewayClass(snapshot, gatewayClass.metadata().name(), ref))
        .filter(result -> !result.ok())
        .map(ParametersRefs.Result::problem);
  }
}
