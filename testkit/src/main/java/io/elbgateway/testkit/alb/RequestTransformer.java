/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import io.elbgateway.model.elb.RewriteConfig;
import io.elbgateway.model.elb.RuleTransform;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Applies a rule's transforms to the request, after the rule was selected (alb-elbv2.md §1.5:
 * "rewriting does not change the routing decision").
 *
 * <p>Semantics (§1.5 unless noted): each rewrite's {@code Regex} is searched in the whole value
 * (host-header-rewrite: the Host header as sent, port included; url-rewrite: the path followed by
 * {@code ?query} when there is a query, as [lbc]'s {@code ^([^?]*)} path-only regex implies); the
 * first match is replaced by {@code Replace}, where {@code $1}..{@code $9} stand for capture
 * groups; no match leaves the value unchanged; a transform that matched but cannot be applied makes
 * the load balancer answer 500.
 *
 * <p>Assumptions AWS does not document: the regex dialect is {@code java.util.regex},
 * case-sensitive; in {@code Replace}, {@code $} followed by a digit names a group and any other
 * character is literal ({@code \} included); a reference to a group the regex does not have is a
 * failure (500); several rewrites in one config apply in order, each to the previous one's output;
 * after a url-rewrite the text up to the first {@code ?} is the path and the rest the query (no
 * {@code ?}: no query); a rewritten path that does not start with {@code /}, or an empty host, is a
 * failure (500); a regex that does not compile (AWS would reject the rule) is a failure (500).
 */
final class RequestTransformer {

  /** A transform matched but could not be applied: the load balancer answers 500 (§1.5). */
  static final class TransformFailure extends Exception {
    private static final long serialVersionUID = 1L;

    TransformFailure(String message) {
      super(message);
    }
  }

  private RequestTransformer() {}

  /** The request after {@code transforms}, in the order listed. */
  static HttpRequest apply(List<RuleTransform> transforms, HttpRequest request)
      throws TransformFailure {
    HttpRequest current = request;
    for (RuleTransform transform : transforms) {
      switch (transform.type()) {
        case HOST_HEADER_REWRITE:
          String host =
              rewrite(transform.hostHeaderRewriteConfig().orElseThrow().rewrites(), current.host());
          if (host.isEmpty()) {
            throw new TransformFailure("host-header-rewrite produced an empty host");
          }
          current = ImmutableHttpRequest.copyOf(current).withHost(host);
          break;
        case URL_REWRITE:
          String url =
              rewrite(
                  transform.urlRewriteConfig().orElseThrow().rewrites(), current.pathAndQuery());
          int q = url.indexOf('?');
          String path = q < 0 ? url : url.substring(0, q);
          String query = q < 0 ? "" : url.substring(q + 1);
          if (!path.startsWith("/")) {
            throw new TransformFailure("url-rewrite produced a path without a leading /: " + url);
          }
          current =
              ImmutableHttpRequest.copyOf(current)
                  .withPath(path)
                  .withQueryParameters(HttpRequest.parseQuery(query));
          break;
        default:
          throw new IllegalStateException("unknown transform type " + transform.type());
      }
    }
    return current;
  }

  private static String rewrite(List<RewriteConfig> rewrites, String value)
      throws TransformFailure {
    String current = value;
    for (RewriteConfig rewrite : rewrites) {
      current = rewriteOnce(rewrite, current);
    }
    return current;
  }

  private static String rewriteOnce(RewriteConfig rewrite, String value) throws TransformFailure {
    Pattern pattern;
    try {
      pattern = Pattern.compile(rewrite.regex());
    } catch (PatternSyntaxException e) {
      throw new TransformFailure("regex " + rewrite.regex() + " does not compile");
    }
    Matcher m = pattern.matcher(value);
    if (!m.find()) {
      return value;
    }
    return value.substring(0, m.start()) + expand(rewrite.replace(), m) + value.substring(m.end());
  }

  private static String expand(String replace, Matcher m) throws TransformFailure {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < replace.length(); i++) {
      char c = replace.charAt(i);
      if (c == '$' && i + 1 < replace.length() && isAsciiDigit(replace.charAt(i + 1))) {
        int group = replace.charAt(++i) - '0';
        if (group > m.groupCount()) {
          throw new TransformFailure(
              "replacement names group $" + group + " the regex does not have");
        }
        String captured = m.group(group);
        out.append(captured == null ? "" : captured);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
