/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.gen;

/**
 * What {@link Scenarios#alb(ScenarioOptions)} generates.
 *
 * @param maxRoutes the most routes a scenario has (1 to 16; 6 by default)
 * @param grpcRoutes whether a scenario may hold GRPCRoutes (on HTTPS listeners)
 * @param mistakes whether the scenario carries one deliberate mistake that validation does not
 *     catch but the route or listener status must report (see {@link Scenarios#invalid()})
 */
public record ScenarioOptions(int maxRoutes, boolean grpcRoutes, boolean mistakes) {

  /** Options; {@code maxRoutes} must be between 1 and 16. */
  public ScenarioOptions {
    if (maxRoutes < 1 || maxRoutes > 16) {
      throw new IllegalArgumentException("maxRoutes must be between 1 and 16: " + maxRoutes);
    }
  }

  /** Up to 6 routes, GRPCRoutes included, no mistakes. */
  public static ScenarioOptions defaults() {
    return new ScenarioOptions(6, true, false);
  }

  /** These options with at most {@code max} routes. */
  public ScenarioOptions withMaxRoutes(int max) {
    return new ScenarioOptions(max, grpcRoutes, mistakes);
  }

  /** These options with or without GRPCRoutes. */
  public ScenarioOptions withGrpcRoutes(boolean enabled) {
    return new ScenarioOptions(maxRoutes, enabled, mistakes);
  }

  /** These options with or without one deliberate mistake per scenario. */
  public ScenarioOptions withMistakes(boolean enabled) {
    return new ScenarioOptions(maxRoutes, grpcRoutes, enabled);
  }
}
