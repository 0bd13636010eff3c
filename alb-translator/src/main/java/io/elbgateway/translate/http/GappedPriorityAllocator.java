/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import io.elbgateway.translate.spi.PriorityAllocator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** STUB (helper replaces): priorities with room to grow, stable across translations. */
public final class GappedPriorityAllocator implements PriorityAllocator {
  @Override
  public Map<String, Integer> allocate(List<String> orderedRuleKeys, Map<String, Integer> previous, int maxPriority) {
    Map<String, Integer> priorities = new HashMap<>();
    for (int i = 0; i < orderedRuleKeys.size() && i < maxPriority; i++) {
      priorities.put(orderedRuleKeys.get(i), i + 1);
    }
    return priorities;
  }
}
