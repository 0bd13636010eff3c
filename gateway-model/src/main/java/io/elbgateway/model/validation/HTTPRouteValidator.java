/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import io.elbgateway.model.gateway.HTTPAuthConfig;
import io.elbgateway.model.gateway.HTTPBackendRef;
import io.elbgateway.model.gateway.HTTPCORSFilter;
import io.elbgateway.model.gateway.HTTPExternalAuthFilter;
import io.elbgateway.model.gateway.HTTPHeaderMatch;
import io.elbgateway.model.gateway.HTTPMethodWithWildcard;
import io.elbgateway.model.gateway.HTTPPathMatch;
import io.elbgateway.model.gateway.HTTPPathMatchType;
import io.elbgateway.model.gateway.HTTPPathModifier;
import io.elbgateway.model.gateway.HTTPPathModifierType;
import io.elbgateway.model.gateway.HTTPQueryParamMatch;
import io.elbgateway.model.gateway.HTTPRequestRedirectFilter;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.model.gateway.HTTPRouteExternalAuthProtocol;
import io.elbgateway.model.gateway.HTTPRouteFilter;
import io.elbgateway.model.gateway.HTTPRouteFilterType;
import io.elbgateway.model.gateway.HTTPRouteMatch;
import io.elbgateway.model.gateway.HTTPRouteRetry;
import io.elbgateway.model.gateway.HTTPRouteRule;
import io.elbgateway.model.gateway.HTTPRouteSpec;
import io.elbgateway.model.gateway.HTTPRouteTimeouts;
import io.elbgateway.model.gateway.HTTPURLRewriteFilter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The OpenAPI limits and CEL rules of {@code HTTPRoute} ({@code apis/v1/httproute_types.go}, v1.4
 * experimental channel plus the v1.5 redirect status codes): rules, matches, path values, header
 * and query matches, every filter and its config, backends, timeouts, retry and session
 * persistence.
 */
final class HTTPRouteValidator implements Validator<HTTPRoute> {

  /** Characters a {@code PathPrefix} or {@code Exact} path may hold. */
  static final Pattern PATH_CHARACTERS =
      Pattern.compile("^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$");

  /** {@code CORSOrigin}: {@code *} or {@code scheme://host[:port]}. */
  static final Format CORS_ORIGIN =
      Format.of(
          "CORS origin (* or scheme://host[:port])",
          "(^\\*$)|(^([a-zA-Z][a-zA-Z0-9+\\-.]+):\\/\\/([^:/?#]+)(:([0-9]{1,5}))?$)",
          1,
          253);

  private static final Set<Integer> REDIRECT_CODES = Set.of(301, 302, 303, 307, 308);

  @Override
  public void validate(HTTPRoute route, Checks checks) {
    HTTPRouteSpec spec = route.spec();
    Checks s = checks.at("spec");
    RouteChecks.common(s, spec, 0, 16);
    List<HTTPRouteRule> rules = spec.rules();
    s.items("rules", rules, 1, 16);
    RouteChecks.ruleNames(s, rules);
    RouteChecks.totalMatches(s, rules.stream().mapToInt(r -> r.matches().size()).sum());
    s.each("rules", rules, this::rule);
  }

  private void rule(Checks c, HTTPRouteRule rule) {
    c.items("matches", rule.matches(), 0, 64);
    c.each("matches", rule.matches(), this::match);
    filters(c, "filters", rule.filters(), rule);
    c.items("backendRefs", rule.backendRefs(), 0, 16);
    c.each("backendRefs", rule.backendRefs(), (b, ref) -> backendRef(b, ref, rule));
    if (!rule.backendRefs().isEmpty()) {
      for (int i = 0; i < rule.filters().size(); i++) {
        if (rule.filters().get(i).requestRedirect().isPresent()) {
          c.at("filters", i)
              .at("requestRedirect")
              .error("RequestRedirect filter must not be used together with backendRefs");
        }
      }
    }
    c.ifPresent("timeouts", rule.timeouts(), this::timeouts);
    c.ifPresent("retry", rule.retry(), this::retry);
    c.ifPresent("sessionPersistence", rule.sessionPersistence(), RouteChecks::sessionPersistence);
  }

  private void backendRef(Checks c, HTTPBackendRef ref, HTTPRouteRule rule) {
    RouteChecks.backendRef(c, ref);
    filters(c, "filters", ref.filters(), rule);
  }

  // ---- matches

  private void match(Checks c, HTTPRouteMatch match) {
    path(c.at("path"), match.path());
    RouteChecks.headerMatches(c, match.headers(), HTTPHeaderMatch::name, HTTPHeaderMatch::value);
    c.items("queryParams", match.queryParams(), 0, 16);
    RouteChecks.uniqueNames(
        c, "queryParams", match.queryParams(), HTTPQueryParamMatch::name, false);
    c.each(
        "queryParams",
        match.queryParams(),
        (q, param) -> {
          q.format("name", param.name(), Formats.HEADER_NAME);
          q.length("value", param.value(), 1, 1024);
        });
  }

  private void path(Checks c, HTTPPathMatch path) {
    Checks value = c.at("value");
    String v = path.value();
    if (!value.length(v, 0, 1024)) {
      return;
    }
    if (path.type() == HTTPPathMatchType.REGULAR_EXPRESSION) {
      return;
    }
    String when = " when type one of ['Exact', 'PathPrefix']";
    if (!value.require(
        v.startsWith("/"), "value must be an absolute path and start with '/'" + when)) {
      return;
    }
    for (String bad : List.of("//", "/./", "/../", "%2f", "%2F", "#")) {
      value.require(!v.contains(bad), "must not contain '" + bad + "'" + when);
    }
    for (String bad : List.of("/..", "/.")) {
      value.require(!v.endsWith(bad), "must not end with '" + bad + "'" + when);
    }
    value.require(
        PATH_CHARACTERS.matcher(v).matches(),
        "must only contain valid characters (matching " + PATH_CHARACTERS.pattern() + ")" + when);
  }

  // ---- filters

  private void filters(Checks c, String field, List<HTTPRouteFilter> filters, HTTPRouteRule rule) {
    c.items(field, filters, 0, 16);
    boolean redirect =
        filters.stream().anyMatch(f -> f.type() == HTTPRouteFilterType.REQUEST_REDIRECT);
    boolean rewrite = filters.stream().anyMatch(f -> f.type() == HTTPRouteFilterType.URL_REWRITE);
    c.at(field)
        .require(
            !(redirect && rewrite),
            "May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite,"
                + " but not both");
    for (HTTPRouteFilterType once :
        List.of(
            HTTPRouteFilterType.CORS,
            HTTPRouteFilterType.REQUEST_HEADER_MODIFIER,
            HTTPRouteFilterType.RESPONSE_HEADER_MODIFIER,
            HTTPRouteFilterType.REQUEST_REDIRECT,
            HTTPRouteFilterType.URL_REWRITE)) {
      RouteChecks.notRepeated(c, field, filters, HTTPRouteFilter::type, once);
    }
    c.each(field, filters, (f, filter) -> filter(f, filter, rule));
  }

  private void filter(Checks c, HTTPRouteFilter filter, HTTPRouteRule rule) {
    HTTPRouteFilterType type = filter.type();
    config(
        c,
        "requestHeaderModifier",
        filter.requestHeaderModifier(),
        type,
        HTTPRouteFilterType.REQUEST_HEADER_MODIFIER);
    config(
        c,
        "responseHeaderModifier",
        filter.responseHeaderModifier(),
        type,
        HTTPRouteFilterType.RESPONSE_HEADER_MODIFIER);
    config(c, "requestMirror", filter.requestMirror(), type, HTTPRouteFilterType.REQUEST_MIRROR);
    config(
        c, "requestRedirect", filter.requestRedirect(), type, HTTPRouteFilterType.REQUEST_REDIRECT);
    config(c, "urlRewrite", filter.urlRewrite(), type, HTTPRouteFilterType.URL_REWRITE);
    config(c, "cors", filter.cors(), type, HTTPRouteFilterType.CORS);
    config(c, "externalAuth", filter.externalAuth(), type, HTTPRouteFilterType.EXTERNAL_AUTH);
    config(c, "extensionRef", filter.extensionRef(), type, HTTPRouteFilterType.EXTENSION_REF);

    c.ifPresent("requestHeaderModifier", filter.requestHeaderModifier(), RouteChecks::headerFilter);
    c.ifPresent(
        "responseHeaderModifier", filter.responseHeaderModifier(), RouteChecks::headerFilter);
    c.ifPresent("requestMirror", filter.requestMirror(), RouteChecks::mirror);
    c.ifPresent("requestRedirect", filter.requestRedirect(), (r, v) -> redirect(r, v, rule));
    c.ifPresent("urlRewrite", filter.urlRewrite(), (r, v) -> rewrite(r, v, rule));
    c.ifPresent("cors", filter.cors(), this::cors);
    c.ifPresent("externalAuth", filter.externalAuth(), this::externalAuth);
    c.ifPresent("extensionRef", filter.extensionRef(), RouteChecks::localObjectReference);
  }

  private static void config(
      Checks c, String field, Optional<?> value, HTTPRouteFilterType type, HTTPRouteFilterType of) {
    RouteChecks.configMatchesType(c, field, value.isPresent(), of.toString(), type == of);
  }

  private void redirect(Checks c, HTTPRequestRedirectFilter redirect, HTTPRouteRule rule) {
    c.ifPresent("hostname", redirect.hostname(), (h, v) -> h.format(v, Formats.PRECISE_HOSTNAME));
    c.ifPresent("port", redirect.port(), (p, v) -> p.range(v, 1, 65535));
    c.at("statusCode")
        .require(
            REDIRECT_CODES.contains(redirect.statusCode()),
            "must be one of 301, 302, 303, 307, 308 (is " + redirect.statusCode() + ")");
    c.ifPresent("path", redirect.path(), (p, v) -> pathModifier(p, v, rule, "RequestRedirect"));
  }

  private void rewrite(Checks c, HTTPURLRewriteFilter rewrite, HTTPRouteRule rule) {
    c.ifPresent("hostname", rewrite.hostname(), (h, v) -> h.format(v, Formats.PRECISE_HOSTNAME));
    c.ifPresent("path", rewrite.path(), (p, v) -> pathModifier(p, v, rule, "URLRewrite"));
  }

  private void pathModifier(
      Checks c, HTTPPathModifier path, HTTPRouteRule rule, String filterName) {
    boolean full = path.type() == HTTPPathModifierType.REPLACE_FULL_PATH;
    boolean prefix = path.type() == HTTPPathModifierType.REPLACE_PREFIX_MATCH;
    if (full && path.replaceFullPath().isEmpty()) {
      c.at("replaceFullPath")
          .error("replaceFullPath must be specified when type is set to 'ReplaceFullPath'");
    }
    if (!full && path.replaceFullPath().isPresent()) {
      c.at("type").error("type must be 'ReplaceFullPath' when replaceFullPath is set");
    }
    if (prefix && path.replacePrefixMatch().isEmpty()) {
      c.at("replacePrefixMatch")
          .error("replacePrefixMatch must be specified when type is set to 'ReplacePrefixMatch'");
    }
    if (!prefix && path.replacePrefixMatch().isPresent()) {
      c.at("type").error("type must be 'ReplacePrefixMatch' when replacePrefixMatch is set");
    }
    c.ifPresent("replaceFullPath", path.replaceFullPath(), (p, v) -> p.length(v, 0, 1024));
    c.ifPresent("replacePrefixMatch", path.replacePrefixMatch(), (p, v) -> p.length(v, 0, 1024));
    if (prefix && path.replacePrefixMatch().isPresent()) {
      boolean onePrefixMatch =
          rule.matches().size() == 1
              && rule.matches().get(0).path().type() == HTTPPathMatchType.PATH_PREFIX;
      c.at("replacePrefixMatch")
          .require(
              onePrefixMatch,
              "When using "
                  + filterName
                  + " filter with path.replacePrefixMatch, exactly one PathPrefix match must be"
                  + " specified");
    }
  }

  private void cors(Checks c, HTTPCORSFilter cors) {
    c.items("allowOrigins", cors.allowOrigins(), 0, 64);
    c.each("allowOrigins", cors.allowOrigins(), (o, v) -> o.format(v, CORS_ORIGIN));
    c.unique("allowOrigins", cors.allowOrigins(), Function.identity(), "origin");
    wildcardAlone(
        c,
        "allowOrigins",
        cors.allowOrigins().contains("*"),
        cors.allowOrigins().size(),
        "AllowOrigins cannot contain '*' alongside other origins");
    c.items("allowMethods", cors.allowMethods(), 0, 9);
    c.unique("allowMethods", cors.allowMethods(), Function.identity(), "method");
    wildcardAlone(
        c,
        "allowMethods",
        cors.allowMethods().contains(HTTPMethodWithWildcard.WILDCARD),
        cors.allowMethods().size(),
        "AllowMethods cannot contain '*' alongside other methods");
    headerNames(c, "allowHeaders", cors.allowHeaders());
    wildcardAlone(
        c,
        "allowHeaders",
        cors.allowHeaders().contains("*"),
        cors.allowHeaders().size(),
        "AllowHeaders cannot contain '*' alongside other methods");
    headerNames(c, "exposeHeaders", cors.exposeHeaders());
    c.range("maxAge", cors.maxAge(), 1, Integer.MAX_VALUE);
  }

  private static void wildcardAlone(
      Checks c, String field, boolean hasWildcard, int size, String message) {
    c.at(field).require(!(hasWildcard && size > 1), message);
  }

  private static void headerNames(Checks c, String field, List<String> names) {
    c.items(field, names, 0, 64);
    c.each(field, names, (h, v) -> h.format(v, Formats.HEADER_NAME));
    c.unique(field, names, Function.identity(), "header");
  }

  private void externalAuth(Checks c, HTTPExternalAuthFilter auth) {
    boolean grpc = auth.protocol() == HTTPRouteExternalAuthProtocol.GRPC;
    boolean http = auth.protocol() == HTTPRouteExternalAuthProtocol.HTTP;
    if (grpc && auth.grpc().isEmpty()) {
      c.at("grpc").error("grpc must be specified when protocol is set to 'GRPC'");
    }
    if (!grpc && auth.grpc().isPresent()) {
      c.at("protocol").error("protocol must be 'GRPC' when grpc is set");
    }
    if (http && auth.http().isEmpty()) {
      c.at("http").error("http must be specified when protocol is set to 'HTTP'");
    }
    if (!http && auth.http().isPresent()) {
      c.at("protocol").error("protocol must be 'HTTP' when http is set");
    }
    RouteChecks.backendObjectReference(c.at("backendRef"), auth.backendRef());
    c.ifPresent(
        "grpc",
        auth.grpc(),
        (g, config) -> {
          g.items("allowedHeaders", config.allowedHeaders(), 0, 64);
          g.unique("allowedHeaders", config.allowedHeaders(), Function.identity(), "header");
        });
    c.ifPresent("http", auth.http(), this::httpAuth);
    c.ifPresent(
        "forwardBody",
        auth.forwardBody(),
        (f, body) ->
            f.ifPresent("maxSize", body.maxSize(), (m, v) -> m.range(v, 0, Integer.MAX_VALUE)));
  }

  private void httpAuth(Checks c, HTTPAuthConfig config) {
    c.ifPresent(
        "path",
        config.path(),
        (p, v) -> {
          if (p.length(v, 0, 1024) && !v.isEmpty()) {
            p.require(
                PATH_CHARACTERS.matcher(v).matches(),
                "must only contain valid characters (matching " + PATH_CHARACTERS.pattern() + ")");
          }
        });
    c.items("allowedHeaders", config.allowedHeaders(), 0, 64);
    c.unique("allowedHeaders", config.allowedHeaders(), Function.identity(), "header");
    c.items("allowedResponseHeaders", config.allowedResponseHeaders(), 0, 64);
    c.unique(
        "allowedResponseHeaders", config.allowedResponseHeaders(), Function.identity(), "header");
  }

  // ---- timeouts, retry

  private void timeouts(Checks c, HTTPRouteTimeouts timeouts) {
    boolean ok = RouteChecks.duration(c, "request", timeouts.request());
    ok &= RouteChecks.duration(c, "backendRequest", timeouts.backendRequest());
    if (!ok) {
      return;
    }
    Optional<Duration> request = RouteChecks.durationValue(timeouts.request());
    Optional<Duration> backend = RouteChecks.durationValue(timeouts.backendRequest());
    if (request.isPresent() && backend.isPresent() && !request.get().isZero()) {
      c.at("backendRequest")
          .require(
              backend.get().compareTo(request.get()) <= 0,
              "backendRequest timeout cannot be longer than request timeout");
    }
  }

  private void retry(Checks c, HTTPRouteRetry retry) {
    c.each("codes", retry.codes(), (code, v) -> code.range(v, 400, 599));
    c.unique("codes", retry.codes(), Function.identity(), "code");
    RouteChecks.duration(c, "backoff", retry.backoff());
  }
}
