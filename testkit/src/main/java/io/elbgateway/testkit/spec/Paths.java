/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Path matching (§3.1) and the {@code ReplacePrefixMatch} path modifier (§7.4). */
final class Paths {

  private Paths() {}

  /** §3.1 Exact: case-sensitive whole-path equality. */
  static boolean exact(String value, String path) {
    return value.equals(path);
  }

  /**
   * §3.1 PathPrefix: case-sensitive, element-wise on {@code /}-separated segments; a trailing
   * {@code /} in the value is ignored. {@code /abc} matches {@code /abc}, {@code /abc/},
   * {@code /abc/def}, not {@code /abcd}; {@code /} matches every path.
   */
  static boolean prefix(String value, String path) {
    String trimmed = trimTrailingSlashes(value);
    return path.equals(trimmed) || path.startsWith(trimmed + "/");
  }

  /**
   * §3.1 RegularExpression, dialect implementation-specific. Choice: {@link java.util.regex} and a
   * full match of the whole path (not a search). An invalid pattern matches nothing.
   */
  static boolean regex(String pattern, String value) {
    try {
      return Pattern.compile(pattern).matcher(value).matches();
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  /**
   * §7.4 ReplacePrefixMatch: the path with the matched prefix (element-wise, trailing slash
   * ignored) replaced by {@code replacement} (trailing slash ignored too); an empty result is
   * {@code /}. Reproduces every row of the spec's table, e.g. {@code /foo/} with prefix
   * {@code /foo} and replacement {@code /xyz} gives {@code /xyz/}, and with an empty replacement
   * {@code /}.
   */
  static String replacePrefix(String path, String matchedPrefix, String replacement) {
    String prefix = trimTrailingSlashes(matchedPrefix);
    String remainder = path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    String result = trimTrailingSlashes(replacement) + remainder;
    return result.isEmpty() ? "/" : result;
  }

  private static String trimTrailingSlashes(String value) {
    int end = value.length();
    while (end > 0 && value.charAt(end - 1) == '/') {
      end--;
    }
    return value.substring(0, end);
  }
}
