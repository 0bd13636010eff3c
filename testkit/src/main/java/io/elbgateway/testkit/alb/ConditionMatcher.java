/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import io.elbgateway.model.elb.HostHeaderConditionConfig;
import io.elbgateway.model.elb.HttpHeaderConditionConfig;
import io.elbgateway.model.elb.PathPatternConditionConfig;
import io.elbgateway.model.elb.QueryStringConditionConfig;
import io.elbgateway.model.elb.QueryStringKeyValuePair;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.elb.SourceIpConditionConfig;
import io.elbgateway.model.elb.TargetGroupIpAddressType;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether one request satisfies one rule condition, with the matching rules of
 * alb-elbv2.md §1.2-1.4. The values of one condition are ORed (§1.2 "Multiple values inside one
 * condition are ORed"); {@link AlbEvaluator} ANDs the conditions of a rule.
 */
final class ConditionMatcher {

  private ConditionMatcher() {}

  /** Whether {@code request} satisfies {@code condition}. */
  static boolean matches(RuleCondition condition, HttpRequest request) {
    switch (condition.field()) {
      case HOST_HEADER:
        return hostHeader(condition.hostHeaderConfig().orElseThrow(), request);
      case PATH_PATTERN:
        return pathPattern(condition.pathPatternConfig().orElseThrow(), request);
      case HTTP_HEADER:
        return httpHeader(condition.httpHeaderConfig().orElseThrow(), request);
      case QUERY_STRING:
        return queryString(condition.queryStringConfig().orElseThrow(), request);
      case HTTP_REQUEST_METHOD:
        // §1.2: "case-sensitive, exact only (no wildcards)".
        List<String> methods = condition.httpRequestMethodConfig().orElseThrow().values();
        return methods.contains(request.method());
      case SOURCE_IP:
        return sourceIp(condition.sourceIpConfig().orElseThrow(), request);
      default:
        throw new IllegalStateException("unknown condition field " + condition.field());
    }
  }

  /**
   * host-header: Values compare case-insensitively with wildcards (§1.2). The port: AWS does not
   * document how a Host header with a port is compared. §1.4 (last bullets) reports the Terraform /
   * Pulumi provider docs: Values do not match a Host header carrying a non-standard port, and
   * RegexValues are the way to match one. This model implements that: a port equal to the scheme's
   * default (80 for http, 443 for https) is dropped before comparing; any other port makes every
   * Values entry fail. RegexValues see the Host header exactly as sent, port included.
   */
  private static boolean hostHeader(HostHeaderConditionConfig config, HttpRequest request) {
    Optional<String> host = hostWithoutDefaultPort(request);
    boolean byValue =
        host.isPresent()
            && config.values().stream()
                .anyMatch(v -> WildcardPattern.compile(v, true, false).matches(host.get()));
    return byValue || anyRegex(config.regexValues(), true, List.of(request.host()));
  }

  /** The Host header without a default port; empty if it carries a non-standard port. */
  private static Optional<String> hostWithoutDefaultPort(HttpRequest request) {
    String standard = request.scheme().equalsIgnoreCase("https") ? "443" : "80";
    return request.hostPort().isEmpty() || request.hostPort().get().equals(standard)
        ? Optional.of(request.hostName())
        : Optional.empty();
  }

  /**
   * path-pattern: case-sensitive, wildcards, compared with the path only, never the query string
   * (§1.2).
   */
  private static boolean pathPattern(PathPatternConditionConfig config, HttpRequest request) {
    String path = request.path();
    return config.values().stream()
            .anyMatch(v -> WildcardPattern.compile(v, false, false).matches(path))
        || anyRegex(config.regexValues(), false, List.of(path));
  }

  /**
   * http-header: the name compares case-insensitively, values case-insensitively with wildcards;
   * repeated request headers are searched in order until one matches (§1.2). A request without
   * the header does not match.
   */
  private static boolean httpHeader(HttpHeaderConditionConfig config, HttpRequest request) {
    List<String> sent = request.headerValues(config.httpHeaderName());
    boolean byValue =
        config.values().stream()
            .map(v -> WildcardPattern.compile(v, true, false))
            .anyMatch(p -> sent.stream().anyMatch(p::matches));
    return byValue || anyRegex(config.regexValues(), true, sent);
  }

  /**
   * query-string: the condition is true if any listed pair is present (§1.2); keys and values
   * compare case-insensitively with wildcards; {@code \*}, {@code \?} (and, by the same rule,
   * {@code \}) are literal characters. A pair without a key matches a parameter of any key whose
   * value matches. AWS does not document whether the comparison sees percent-decoded strings; the
   * model compares the strings as given in {@link HttpRequest#queryParameters()}.
   */
  private static boolean queryString(QueryStringConditionConfig config, HttpRequest request) {
    for (QueryStringKeyValuePair pair : config.values()) {
      WildcardPattern value = WildcardPattern.compile(pair.value(), true, true);
      Optional<WildcardPattern> key = pair.key().map(k -> WildcardPattern.compile(k, true, true));
      boolean present =
          request.queryParameters().stream()
              .anyMatch(
                  p ->
                      key.map(k -> k.matches(p.name())).orElse(true) && value.matches(p.value()));
      if (present) {
        return true;
      }
    }
    return false;
  }

  /**
   * source-ip: the connection's source address (not X-Forwarded-For) lies in one of the CIDRs
   * (§1.2). The NLB form with IpAddressType (§1.6) matches by address family. A malformed CIDR
   * matches nothing.
   */
  private static boolean sourceIp(SourceIpConditionConfig config, HttpRequest request) {
    Optional<byte[]> address = Cidr.address(request.sourceIp());
    if (address.isEmpty()) {
      return false;
    }
    boolean byCidr =
        config.values().stream()
            .map(Cidr::parse)
            .flatMap(Optional::stream)
            .anyMatch(c -> c.contains(address.get()));
    boolean byFamily =
        config.ipAddressType()
            .map(t -> (t == TargetGroupIpAddressType.IPV6) == (address.get().length == 16))
            .orElse(false);
    return byCidr || byFamily;
  }

  /**
   * RegexValues (§1.4). AWS names neither the dialect, nor whether a regex must match the whole
   * value, nor its case sensitivity. Assumptions of this model, all undocumented by AWS: the
   * dialect is {@code java.util.regex}; a regex matches when it is found anywhere in the value
   * ({@link java.util.regex.Matcher#find()}; anchor with {@code ^...$} for a whole match); it is
   * case-sensitive for path-pattern and case-insensitive for host-header and http-header, as the
   * plain Values of the same condition are (§1.2). A regex that does not compile matches nothing.
   */
  private static boolean anyRegex(
      List<String> regexes, boolean caseInsensitive, List<String> inputs) {
    int flags = caseInsensitive ? Pattern.CASE_INSENSITIVE : 0;
    for (String regex : regexes) {
      Pattern pattern;
      try {
        pattern = Pattern.compile(regex, flags);
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (inputs.stream().anyMatch(input -> pattern.matcher(input).find())) {
        return true;
      }
    }
    return false;
  }
}
