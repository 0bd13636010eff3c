/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import java.util.List;

/**
 * Gateway API backend weights (0 to 1,000,000) scaled into ALB's 0-999, keeping the ratios. Weights
 * that already fit are kept as they are. Otherwise every scale whose largest weight is 1 to 999 is
 * tried, and the one with the smallest largest relative error in a backend's share wins (the
 * smallest such scale on a tie): when an exact representation exists (the weights divided by their
 * greatest common divisor fit) it is found, since its error is zero. A weight above zero never
 * becomes zero.
 */
record WeightScaling(List<Integer> weights, boolean exact, double largestRelativeError) {

  static final int ALB_MAX_WEIGHT = 999;

  static WeightScaling of(List<Long> gatewayWeights) {
    long max = gatewayWeights.stream().mapToLong(Long::longValue).max().orElse(0);
    if (max <= ALB_MAX_WEIGHT) {
      return new WeightScaling(gatewayWeights.stream().map(Long::intValue).toList(), true, 0);
    }
    int[] best = null;
    double bestError = Double.MAX_VALUE;
    for (int top = 1; top <= ALB_MAX_WEIGHT; top++) {
      int[] scaled = scale(gatewayWeights, max, top);
      double error = largestRelativeError(gatewayWeights, scaled);
      if (error < bestError) {
        best = scaled;
        bestError = error;
        if (isExact(gatewayWeights, scaled)) {
          bestError = 0;
          break;
        }
      }
    }
    List<Integer> result = java.util.Arrays.stream(best).boxed().toList();
    return new WeightScaling(result, bestError == 0, bestError);
  }

  private static int[] scale(List<Long> weights, long max, int top) {
    int[] scaled = new int[weights.size()];
    for (int i = 0; i < scaled.length; i++) {
      long w = weights.get(i);
      scaled[i] = w == 0 ? 0 : (int) Math.max(1, (w * top * 2 + max) / (2 * max));
    }
    return scaled;
  }

  private static boolean isExact(List<Long> weights, int[] scaled) {
    long sum = weights.stream().mapToLong(Long::longValue).sum();
    long scaledSum = java.util.Arrays.stream(scaled).asLongStream().sum();
    for (int i = 0; i < scaled.length; i++) {
      if (scaled[i] * sum != weights.get(i) * scaledSum) {
        return false;
      }
    }
    return true;
  }

  /** The largest {@code |share' - share| / share} over the backends with a weight above zero. */
  static double largestRelativeError(List<Long> weights, int[] scaled) {
    double sum = weights.stream().mapToLong(Long::longValue).sum();
    double scaledSum = java.util.Arrays.stream(scaled).sum();
    double largest = 0;
    for (int i = 0; i < scaled.length; i++) {
      if (weights.get(i) > 0) {
        double share = weights.get(i) / sum;
        double scaledShare = scaledSum == 0 ? 0 : scaled[i] / scaledSum;
        largest = Math.max(largest, Math.abs(scaledShare - share) / share);
      }
    }
    return largest;
  }
}
