/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.spi;

import java.util.List;
import java.util.Map;

/**
 * Gives the rules of one listener their ALB priorities. The built-in allocator leaves room between
 * rules and, given the previous translation's priorities, keeps every rule that can keep its
 * priority where it was, so that adding or removing a route moves few others.
 */
public interface PriorityAllocator {

  /**
   * Priorities for {@code orderedRuleKeys} (highest precedence first): strictly increasing along the
   * list, each within {@code [1, maxPriority]}. {@code previous} maps the keys of the listener's
   * rules in the previous translation to their priorities.
   *
   * @return a priority for every key, or fewer when {@code maxPriority} leaves no room (the keys
   *     without one are not programmed)
   */
  Map<String, Integer> allocate(List<String> orderedRuleKeys, Map<String, Integer> previous, int maxPriority);
}
