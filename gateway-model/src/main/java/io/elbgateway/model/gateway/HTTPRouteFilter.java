/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.LocalObjectReference;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Gateway API {@code HTTPRouteFilter}: one processing step of a rule or backend. Exactly the config
 * block named by {@link #type()} is set.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHTTPRouteFilter.class)
@JsonDeserialize(as = ImmutableHTTPRouteFilter.class)
public interface HTTPRouteFilter {

  HTTPRouteFilterType type();

  Optional<HTTPHeaderFilter> requestHeaderModifier();

  Optional<HTTPHeaderFilter> responseHeaderModifier();

  Optional<HTTPRequestMirrorFilter> requestMirror();

  Optional<HTTPRequestRedirectFilter> requestRedirect();

  Optional<HTTPURLRewriteFilter> urlRewrite();

  /** CORS (Extended; experimental in v1.3/v1.4, Standard from v1.5). */
  Optional<HTTPCORSFilter> cors();

  /** External authentication (experimental, GEP-1494). */
  Optional<HTTPExternalAuthFilter> externalAuth();

  /** An implementation-specific filter object in the route's namespace. */
  Optional<LocalObjectReference> extensionRef();

  /** A builder. */
  static ImmutableHTTPRouteFilter.Builder builder() {
    return ImmutableHTTPRouteFilter.builder();
  }
}
