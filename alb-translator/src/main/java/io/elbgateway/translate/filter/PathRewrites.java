/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.filter;

import io.elbgateway.model.elb.RewriteConfig;

/**
 * The regular expressions of ALB {@code url-rewrite} and {@code host-header-rewrite} transforms
 * that carry out Gateway API rewrites. A transform's regex is matched against the request URL (path
 * and query, alb-elbv2.md §1.5) and the matched part is replaced; {@code $n} in the replacement
 * names a capture group.
 *
 * <p>Only constructs every common engine shares are used (anchors, character classes, capturing
 * groups, alternation, {@code *} and {@code ?}), none that ALB rejects (lookaround,
 * backreferences, atomic groups, possessive quantifiers).
 */
final class PathRewrites {

  /** The longest {@code Regex} or {@code Replace} of a transform (alb-elbv2.md §1.5). */
  static final int MAX_REWRITE_LENGTH = 1024;

  /** Matches the whole Host header, whatever engine replaces it (first match or every match). */
  static final String WHOLE_HOST = "^.*$";

  /** Matches the path of a URL, not its query (LBC's expression, alb-elbv2.md §1.5). */
  static final String WHOLE_PATH = "^([^?]*)";

  private static final String REGEX_META = "\\^$.|?*+()[]{}";

  private PathRewrites() {}

  /** {@code text} with every regex metacharacter escaped by a backslash, so it matches literally. */
  static String escapeRegex(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (REGEX_META.indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  /**
   * A path with one trailing {@code /} removed ({@code /} itself becomes empty): the spec ignores a
   * trailing slash of a PathPrefix and of a ReplacePrefixMatch value.
   */
  static String trimTrailingSlash(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /**
   * The url-rewrite that replaces the PathPrefix {@code prefix} by {@code replacement} element-wise,
   * as the spec's ReplacePrefixMatch table says (gateway-api.md §7.4). With {@code p} the prefix and
   * {@code r} the replacement, each without its trailing slash, and {@code rest} what follows
   * {@code p} in the path ({@code ""}, {@code "/"} or {@code "/..."}), the new path is {@code r +
   * rest}, or {@code /} when that is empty.
   *
   * <ul>
   *   <li>{@code r} not empty: {@code ^p((/[^?]*)?)(\?|$)} → {@code r$1$3}. Group 1 is the rest of
   *       the path, group 3 the {@code ?} that starts the query (or nothing); both always take part
   *       in the match. After {@code p} comes a {@code /}, the query or the end: the rewrite is
   *       element-wise on its own ({@code /foobar} is not rewritten for {@code /foo}).
   *   <li>{@code r} empty: {@code ^p(/|(\?)|$)} → {@code /$2}: the prefix and the slash after it
   *       become one {@code /}, and a query that follows the prefix directly keeps its {@code ?}
   *       (group 2, empty when it did not take part).
   * </ul>
   *
   * <p>The prefix is regex-escaped ({@code /v1.0} does not match {@code /v1x0}); the replacement
   * must not contain {@code $}, which ALB would read as a group reference (callers check).
   */
  static RewriteConfig replacePrefix(String prefix, String replacement) {
    String p = escapeRegex(trimTrailingSlash(prefix));
    String r = trimTrailingSlash(replacement);
    if (r.isEmpty()) {
      return RewriteConfig.of("^" + p + "(/|(\\?)|$)", "/$2");
    }
    return RewriteConfig.of("^" + p + "((/[^?]*)?)(\\?|$)", r + "$1$3");
  }
}
