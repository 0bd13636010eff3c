/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads every page of a paged AWS call. ELBv2 pages with {@code Marker}/{@code NextMarker}, ACM
 * with {@code NextToken}; both end when the reply carries no next marker (alb-elbv2.md §8.2).
 */
public final class Pages {

  private Pages() {}

  /**
   * Every item of every page.
   *
   * @param page reads the page at a marker ({@code null} for the first page)
   * @param items the items of a reply
   * @param next the next marker of a reply, {@code null} or empty on the last page
   */
  public static <R, T> List<T> all(
      Function<String, R> page, Function<R, List<T>> items, Function<R, String> next) {
    List<T> all = new ArrayList<>();
    String marker = null;
    do {
      R reply = page.apply(marker);
      all.addAll(items.apply(reply));
      marker = next.apply(reply);
    } while (marker != null && !marker.isEmpty());
    return all;
  }
}
