/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.filter;

import io.elbgateway.model.elb.Action;
import io.elbgateway.model.elb.RedirectActionConfig;
import io.elbgateway.model.elb.RedirectStatusCode;
import io.elbgateway.model.gateway.HTTPPathModifier;
import io.elbgateway.model.gateway.HTTPPathModifierType;
import io.elbgateway.model.gateway.HTTPRedirectScheme;
import io.elbgateway.model.gateway.HTTPRequestRedirectFilter;
import io.elbgateway.model.gateway.HTTPRouteFilter;
import io.elbgateway.model.gateway.HTTPRouteFilterType;
import io.elbgateway.translate.spi.FilterHandler;
import io.elbgateway.translate.spi.RuleDraft;
import io.elbgateway.translate.status.Reasons;
import java.util.Optional;

/**
 * {@code RequestRedirect} → an ALB {@code redirect} action (gateway-api.md §7.3, alb-elbv2.md §2.3).
 *
 * <ul>
 *   <li>{@code scheme} → {@code Protocol} {@code HTTP}/{@code HTTPS}; unset keeps
 *       {@code #{protocol}}. {@code http} on an HTTPS listener is dropped: ALB does not redirect
 *       from HTTPS to HTTP.
 *   <li>{@code hostname} → {@code Host}; unset keeps {@code #{host}}.
 *   <li>{@code port} → {@code Port}; unset: the scheme's well-known port when a scheme is given
 *       (80, 443), else {@code #{port}} (the listener's port, as the spec says).
 *   <li>{@code path}: {@code ReplaceFullPath} → {@code Path}. {@code ReplacePrefixMatch} only where
 *       the rest of the path can be kept with {@code #{path}}: the prefix is {@code /} (new path
 *       {@code <replacement>/#{path}}) or the replacement equals the prefix; otherwise dropped, since
 *       a redirect has no prefix keyword and rule transforms rewrite only requests forwarded to
 *       targets. Unset keeps {@code /#{path}}.
 *   <li>{@code statusCode} 301/302 → {@code HTTP_301}/{@code HTTP_302}; 303, 307 and 308 are dropped.
 *   <li>{@code Query}: {@code #{query}}, unless the rule's ListenerRuleConfiguration has a
 *       {@code redirect} action, whose {@code query} is used.
 *   <li>A redirect that changes neither scheme, host, port nor path is dropped: ALB rejects it as a
 *       loop.
 * </ul>
 */
final class RequestRedirectHandler implements FilterHandler {

  /** The longest {@code Host} and {@code Path} of a redirect (alb-elbv2.md §2.3). */
  static final int MAX_HOST_OR_PATH = 128;

  /** The longest {@code Query} of a redirect (alb-elbv2.md §2.3). */
  static final int MAX_QUERY = 128;

  static final String SAME_PROTOCOL = "#{protocol}";
  static final String SAME_HOST = "#{host}";
  static final String SAME_PORT = "#{port}";
  static final String SAME_PATH = "/#{path}";
  static final String SAME_QUERY = "#{query}";

  @Override
  public String filterType() {
    return HTTPRouteFilterType.REQUEST_REDIRECT.toString();
  }

  @Override
  public void apply(HTTPRouteFilter filter, String path, RuleDraft draft) {
    if (filter.requestRedirect().isEmpty()) {
      draft.drop(Reasons.UNSUPPORTED_VALUE, path + ": a filter of type RequestRedirect needs requestRedirect");
      return;
    }
    HTTPRequestRedirectFilter redirect = filter.requestRedirect().get();
    String at = path + ".requestRedirect";
    RedirectStatusCode statusCode;
    if (redirect.statusCode() == 301) {
      statusCode = RedirectStatusCode.HTTP_301;
    } else if (redirect.statusCode() == 302) {
      statusCode = RedirectStatusCode.HTTP_302;
    } else {
      draft.drop(
          Reasons.UNSUPPORTED_VALUE,
          at + ".statusCode: " + redirect.statusCode() + " is not supported: ALB redirects answer 301 or 302 only");
      return;
    }
    String protocol = SAME_PROTOCOL;
    String port = SAME_PORT;
    if (redirect.scheme().isPresent()) {
      HTTPRedirectScheme scheme = redirect.scheme().get();
      if (scheme == HTTPRedirectScheme.HTTP && draft.https()) {
        draft.drop(
            Reasons.UNSUPPORTED_VALUE,
            at
                + ".scheme: http on an HTTPS listener is not supported: ALB does not redirect from HTTPS to HTTP;"
                + " attach the route only to HTTP listeners (sectionName) or drop the scheme");
        return;
      }
      protocol = scheme == HTTPRedirectScheme.HTTPS ? "HTTPS" : "HTTP";
      port = scheme == HTTPRedirectScheme.HTTPS ? "443" : "80";
    }
    if (redirect.port().isPresent()) {
      port = String.valueOf(redirect.port().get());
    }
    String host = redirect.hostname().orElse(SAME_HOST);
    if (host.length() > MAX_HOST_OR_PATH) {
      draft.drop(
          Reasons.UNSUPPORTED_VALUE,
          at + ".hostname: ALB redirect hosts have at most " + MAX_HOST_OR_PATH + " characters (has " + host.length() + ")");
      return;
    }
    Optional<String> newPath = redirect.path().isEmpty() ? Optional.of(SAME_PATH) : redirectPath(redirect.path().get(), at + ".path", draft);
    if (newPath.isEmpty()) {
      return; // dropped
    }
    boolean changes =
        redirect.scheme().isPresent()
            || redirect.hostname().isPresent()
            || redirect.port().isPresent()
            || !newPath.get().equals(SAME_PATH);
    if (!changes) {
      draft.drop(
          Reasons.UNSUPPORTED_VALUE,
          at
              + ": the redirect changes neither scheme, hostname, port nor path, so it would send clients back to the"
              + " same URL; ALB rejects such a redirect as a loop. Set at least one of them");
      return;
    }
    String query = DraftedRule.redirectQuery(draft).orElse(SAME_QUERY);
    if (query.length() > MAX_QUERY) {
      draft.drop(
          Reasons.UNSUPPORTED_VALUE,
          at
              + ": the ListenerRuleConfiguration's redirectConfig.query has "
              + query.length()
              + " characters; ALB allows at most "
              + MAX_QUERY);
      return;
    }
    RedirectActionConfig config =
        RedirectActionConfig.builder()
            .protocol(protocol)
            .host(host)
            .port(port)
            .path(newPath.get())
            .query(query)
            .statusCode(statusCode)
            .build();
    draft.routingAction(Action.redirect(config), at);
  }

  /** The redirect's {@code Path}, or empty when the rule was dropped. */
  private static Optional<String> redirectPath(HTTPPathModifier modifier, String at, RuleDraft draft) {
    Optional<String> replaced = DraftedRule.pathToReplace(modifier, at, draft);
    if (replaced.isEmpty()) {
      return Optional.empty();
    }
    String value;
    if (modifier.type() == HTTPPathModifierType.REPLACE_FULL_PATH) {
      value = replaced.get().startsWith("/") ? replaced.get() : "/" + replaced.get();
    } else {
      String p = PathRewrites.trimTrailingSlash(replaced.get());
      String r = PathRewrites.trimTrailingSlash(modifier.replacePrefixMatch().orElse(""));
      if (p.equals(r)) {
        value = SAME_PATH;
      } else if (p.isEmpty()) {
        value = r + SAME_PATH; // prefix "/": the whole path is the rest
      } else {
        draft.drop(
            Reasons.UNSUPPORTED_VALUE,
            at
                + ".replacePrefixMatch: ALB cannot redirect to a replaced prefix while keeping the rest of the path:"
                + " a redirect has no prefix keyword (only #{path}, the whole path) and rule transforms rewrite only"
                + " requests forwarded to targets, not redirects. Use ReplaceFullPath, or a URLRewrite filter with"
                + " backendRefs");
        return Optional.empty();
      }
    }
    if (value.length() > MAX_HOST_OR_PATH) {
      draft.drop(
          Reasons.UNSUPPORTED_VALUE,
          at + ": ALB redirect paths have at most " + MAX_HOST_OR_PATH + " characters (has " + value.length() + ")");
      return Optional.empty();
    }
    return Optional.of(value);
  }
}
