/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.gen;

import io.elbgateway.testkit.alb.HttpRequest;
import io.elbgateway.testkit.property.Gen;

/** STUB (helper replaces): requests drawn from a scenario's own configuration. */
public final class Requests {

  private Requests() {}

  /** Requests aimed at the scenario's Gateway, mostly near its routes' matches. */
  public static Gen<HttpRequest> against(Scenario scenario) {
    return Gen.just(HttpRequest.builder().host("example.com").path("/").build());
  }
}
