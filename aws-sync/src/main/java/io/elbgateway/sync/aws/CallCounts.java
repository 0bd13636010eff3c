/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.aws;

import io.elbgateway.model.ModelStyle;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * How many calls the engine made, by operation name ({@code CreateRule}), attempts included: a
 * throttled call retried twice counts three. Sorted by operation.
 */
@Value.Immutable
@ModelStyle
public interface CallCounts {

  /** Attempts by operation. */
  Map<String, Integer> byOperation();

  /** How many of the attempts were retries. */
  @Value.Default
  default int retries() {
    return 0;
  }

  /** All attempts. */
  default int total() {
    return byOperation().values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Attempts of operations that change something. */
  default int mutating() {
    return byOperation().entrySet().stream()
        .filter(e -> ApiGroup.mutating(e.getKey()))
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  /** Attempts of operations that only read. */
  default int reads() {
    return total() - mutating();
  }

  /** The counts of both, added. */
  default CallCounts plus(CallCounts other) {
    Map<String, Integer> sum = new TreeMap<>(byOperation());
    other.byOperation().forEach((op, n) -> sum.merge(op, n, Integer::sum));
    return builder().byOperation(sum).retries(retries() + other.retries()).build();
  }

  /** As {@code Op=n, Op=n}, sorted by operation. */
  default String summary() {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(byOperation())
        .forEach((op, n) -> text.append(text.length() == 0 ? "" : ", ").append(op).append('=').append(n));
    return text.toString();
  }

  /** No calls. */
  static CallCounts none() {
    return builder().build();
  }

  /** A builder. */
  static ImmutableCallCounts.Builder builder() {
    return ImmutableCallCounts.builder();
  }
}
