/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Marker pagination as AWS serves it: a page of at most the page size, and an opaque marker for
 * the next page while there is one. A marker this class did not make is refused.
 */
final class Pages {

  private static final String PREFIX = "inmem-page:";

  private Pages() {}

  /** One page of a listing. */
  static final class Page<T> {
    final List<T> items;
    final Optional<String> next;

    private Page(List<T> items, Optional<String> next) {
      this.items = items;
      this.next = next;
    }

    /** The next marker, or null (the SDK's "absent") on the last page. */
    String nextOrNull() {
      return next.orElse(null);
    }
  }

  /**
   * The page of {@code all} that starts at {@code marker} (null: the first), of at most {@code
   * pageSize} items (null: {@code max}); a page size outside 1..{@code max} is refused.
   */
  static <T> Page<T> of(
      List<T> all, String marker, Integer pageSize, int max, ServiceErrors errors, String sizeName) {
    int size = pageSize == null ? max : pageSize;
    if (size < 1 || size > max) {
      throw errors.error(
          "ValidationError", sizeName + " must be between 1 and " + max + " (was " + size + ")");
    }
    int from = marker == null || marker.isEmpty() ? 0 : offset(marker, errors);
    if (from > all.size()) {
      from = all.size();
    }
    int to = Math.min(all.size(), from + size);
    Optional<String> next = to < all.size() ? Optional.of(marker(to)) : Optional.empty();
    return new Page<>(List.copyOf(all.subList(from, to)), next);
  }

  private static String marker(int offset) {
    return Base64.getEncoder()
        .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int offset(String marker, ServiceErrors errors) {
    try {
      String text = new String(Base64.getDecoder().decode(marker), StandardCharsets.UTF_8);
      if (text.startsWith(PREFIX)) {
        return Integer.parseInt(text.substring(PREFIX.length()));
      }
    } catch (IllegalArgumentException notOurs) {
      // falls through to the refusal
    }
    throw errors.error("ValidationError", "Invalid marker or token: " + marker);
  }
}
