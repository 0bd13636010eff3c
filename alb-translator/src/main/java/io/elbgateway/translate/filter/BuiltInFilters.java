/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.filter;

import io.elbgateway.model.gateway.HTTPRouteFilterType;
import io.elbgateway.translate.spi.ExtensionRefHandler;
import io.elbgateway.translate.spi.FilterHandler;
import io.elbgateway.translate.spi.TranslatorPlugin;
import java.util.List;

/**
 * The built-in filter and ExtensionRef handlers, registered like any plugin (a plugin registered
 * later for the same filter type or ExtensionRef kind replaces one of these):
 *
 * <ul>
 *   <li>{@code RequestRedirect} → a redirect action;
 *   <li>{@code URLRewrite} → host-header-rewrite and url-rewrite transforms;
 *   <li>{@code RequestHeaderModifier}, {@code ResponseHeaderModifier}, {@code RequestMirror},
 *       {@code CORS}, {@code ExternalAuth} → the rule is dropped ({@code UnsupportedValue}), saying
 *       why ALB cannot and what can be done instead;
 *   <li>ExtensionRef to {@code gateway.k8s.aws/ListenerRuleConfiguration} → its actions,
 *       conditions and tags.
 * </ul>
 */
public final class BuiltInFilters implements TranslatorPlugin {

  /** The listener attributes that set fixed response headers (alb-elbv2.md §5.4). */
  static final String RESPONSE_HEADER_ATTRIBUTES =
      "routing.http.response.server.enabled, routing.http.response.strict_transport_security.header_value,"
          + " routing.http.response.content_security_policy.header_value,"
          + " routing.http.response.x_content_type_options.header_value,"
          + " routing.http.response.x_frame_options.header_value";

  /** The listener attributes that set fixed CORS response headers (alb-elbv2.md §5.4). */
  static final String CORS_ATTRIBUTES =
      "routing.http.response.access_control_allow_origin.header_value,"
          + " routing.http.response.access_control_allow_methods.header_value,"
          + " routing.http.response.access_control_allow_headers.header_value,"
          + " routing.http.response.access_control_allow_credentials.header_value,"
          + " routing.http.response.access_control_expose_headers.header_value,"
          + " routing.http.response.access_control_max_age.header_value";

  private static final String LISTENER_ATTRIBUTES =
      " (LoadBalancerConfiguration .spec.listenerConfigurations[].listenerAttributes)";

  @Override
  public List<FilterHandler> filterHandlers() {
    return List.of(
        new RequestRedirectHandler(),
        new UrlRewriteHandler(),
        new UnsupportedFilterHandler(
            HTTPRouteFilterType.REQUEST_HEADER_MODIFIER.toString(),
            "ALB cannot add, set or remove request headers per rule (listener attributes only rename the TLS and"
                + " mTLS headers ALB adds itself); set the headers in the client or the backend and remove the"
                + " filter"),
        new UnsupportedFilterHandler(
            HTTPRouteFilterType.RESPONSE_HEADER_MODIFIER.toString(),
            "ALB cannot modify response headers per rule; a listener can only set a fixed set of response headers"
                + " on every response, through its attributes "
                + RESPONSE_HEADER_ATTRIBUTES
                + LISTENER_ATTRIBUTES
                + "; use those or set the headers in the backend, and remove the filter"),
        new UnsupportedFilterHandler(
            HTTPRouteFilterType.REQUEST_MIRROR.toString(),
            "ALB cannot copy requests to another backend (it has no traffic mirroring); remove the filter"),
        new UnsupportedFilterHandler(
            HTTPRouteFilterType.CORS.toString(),
            "ALB cannot answer CORS per rule or echo the request's origin; a listener can only send fixed CORS"
                + " headers on every response, through its attributes "
                + CORS_ATTRIBUTES
                + LISTENER_ATTRIBUTES
                + "; use those or handle CORS in the backend, and remove the filter"),
        new UnsupportedFilterHandler(
            HTTPRouteFilterType.EXTERNAL_AUTH.toString(),
            "ALB cannot call an external authorization service; on an HTTPS listener use an ExtensionRef to a"
                + " gateway.k8s.aws ListenerRuleConfiguration with an authenticate-oidc, authenticate-cognito or"
                + " jwt-validation action instead"));
  }

  @Override
  public List<ExtensionRefHandler> extensionRefHandlers() {
    return List.of(new ListenerRuleConfigurationHandler());
  }
}
