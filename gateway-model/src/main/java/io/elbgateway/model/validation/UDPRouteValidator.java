/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import io.elbgateway.model.gateway.UDPRoute;

/**
 * The OpenAPI limits of {@code UDPRoute} ({@code v1alpha2} and {@code v1}): parent references, 1-16
 * rules with unique names, 1-16 backends per rule with valid weights and ports.
 */
final class UDPRouteValidator implements Validator<UDPRoute> {

  @Override
  public void validate(UDPRoute route, Checks checks) {
    Checks spec = checks.at("spec");
    RouteChecks.parentRefs(spec, route.spec().parentRefs());
    RouteChecks.l4Rules(spec, route.spec().rules(), 1, 16);
  }
}
