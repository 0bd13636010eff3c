/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.equivalence;

/** How the ALB's handling of a request compares with what the Gateway API spec requires. */
public enum Verdict {
  /** The ALB does what the spec requires. */
  EQUAL,
  /**
   * The ALB differs, and the translation said so: a declared deviation of the route (and rule or
   * match) concerned, which the request actually triggers, or a status the translation wrote (a
   * dropped or fail-closed rule, a rejected route, Gateway or listener).
   */
  EXPLAINED,
  /** The ALB differs and nothing the translation declared covers it: a bug. */
  MISMATCH
}
