/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.aws;

import java.util.Locale;

/**
 * The groups of AWS API calls that share one client-side rate limit. ELBv2 throttles its API per
 * account and Region with separate token buckets per kind of call (alb-elbv2.md §8.4); describing
 * is cheap and plentiful, changing is scarce, and target registration has its own budget.
 */
public enum ApiGroup {
  /** ELBv2 {@code Describe*} calls. */
  ELBV2_DESCRIBE,
  /** ELBv2 calls that change something, except target registration. */
  ELBV2_CHANGE,
  /** ELBv2 {@code RegisterTargets} and {@code DeregisterTargets}. */
  ELBV2_TARGETS,
  /** WAFv2 calls. */
  WAFV2,
  /** ACM calls. */
  ACM,
  /** Shield calls. */
  SHIELD;

  /** The group of an ELBv2 operation, by its name ({@code DescribeRules}, {@code CreateRule}). */
  public static ApiGroup ofElbv2(String operation) {
    if (operation.startsWith("Describe")) {
      return ELBV2_DESCRIBE;
    }
    if (operation.equals("RegisterTargets") || operation.equals("DeregisterTargets")) {
      return ELBV2_TARGETS;
    }
    return ELBV2_CHANGE;
  }

  /** Whether an operation of any service changes something (its name does not start with Describe, Get or List). */
  public static boolean mutating(String operation) {
    String lower = operation.toLowerCase(Locale.ROOT);
    return !(lower.startsWith("describe") || lower.startsWith("get") || lower.startsWith("list"));
  }
}
