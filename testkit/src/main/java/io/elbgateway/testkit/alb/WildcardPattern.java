/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import java.util.regex.Pattern;

/**
 * An ALB condition value with wildcards, compiled to a whole-value match: {@code *} matches zero or
 * more characters, {@code ?} exactly one, everything else itself (alb-elbv2.md §1.2).
 */
final class WildcardPattern {

  private final Pattern pattern;

  private WildcardPattern(Pattern pattern) {
    this.pattern = pattern;
  }

  /**
   * Compiles {@code value}.
   *
   * @param caseInsensitive compare ignoring ASCII case (host-header, http-header, query-string) or
   *     not (path-pattern), per alb-elbv2.md §1.2
   * @param escapes treat {@code \*}, {@code \?} and {@code \} as the literal character: the
   *     query-string escapes of alb-elbv2.md §1.2 ("literal * / ? must be escaped with \"). The
   *     reference documents escapes for query-string only, so the other conditions take {@code \}
   *     literally.
   */
  static WildcardPattern compile(String value, boolean caseInsensitive, boolean escapes) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean escaped =
          escapes
              && c == '\\'
              && i + 1 < value.length()
              && "*?\\".indexOf(value.charAt(i + 1)) >= 0;
      if (escaped) {
        literal.append(value.charAt(++i));
      } else if (c == '*' || c == '?') {
        flush(regex, literal);
        regex.append(c == '*' ? ".*" : ".");
      } else {
        literal.append(c);
      }
    }
    flush(regex, literal);
    int flags = Pattern.DOTALL | (caseInsensitive ? Pattern.CASE_INSENSITIVE : 0);
    return new WildcardPattern(Pattern.compile(regex.toString(), flags));
  }

  private static void flush(StringBuilder regex, StringBuilder literal) {
    if (literal.length() > 0) {
      regex.append(Pattern.quote(literal.toString()));
      literal.setLength(0);
    }
  }

  /** Whether the whole of {@code input} matches. */
  boolean matches(String input) {
    return pattern.matcher(input).matches();
  }
}
