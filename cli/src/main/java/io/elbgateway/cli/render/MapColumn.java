/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli.render;

/** The columns of a resource map, left to right, as in the AWS console's Resource Map. */
public enum MapColumn {
  /** Load balancers. */
  LOAD_BALANCER("Load balancer"),
  /** Listeners. */
  LISTENER("Listeners"),
  /** Rules (and each listener's default action), and the rules that failed translation. */
  RULE("Rules"),
  /** Target groups. */
  TARGET_GROUP("Target groups"),
  /** Targets. */
  TARGET("Targets");

  private final String heading;

  MapColumn(String heading) {
    this.heading = heading;
  }

  /** The column's heading. */
  public String heading() {
    return heading;
  }
}
