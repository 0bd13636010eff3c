/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import io.elbgateway.model.gateway.TLSRoute;

/**
 * The OpenAPI limits of {@code TLSRoute}, by the version the object was read with: {@code v1alpha2}
 * allows 0-16 hostnames and 1-16 rules; {@code v1alpha3} and {@code v1} require 1-16 hostnames (no
 * IP addresses) and exactly one rule. Every rule has 1-16 backends.
 */
final class TLSRouteValidator implements Validator<TLSRoute> {

  @Override
  public void validate(TLSRoute route, Checks checks) {
    Checks spec = checks.at("spec");
    boolean alpha2 = route.apiVersion().endsWith("/v1alpha2");
    RouteChecks.common(spec, route.spec(), alpha2 ? 0 : 1, 16);
    if (!alpha2) {
      RouteChecks.noIpHostnames(spec, route.spec().hostnames());
    }
    RouteChecks.l4Rules(spec, route.spec().rules(), 1, alpha2 ? 16 : 1);
  }
}
