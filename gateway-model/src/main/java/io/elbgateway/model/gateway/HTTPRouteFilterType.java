/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Gateway API {@code HTTPRouteFilterType}: which filter an HTTPRoute filter entry configures; the
 * entry carries exactly the config block of its type.
 */
public enum HTTPRouteFilterType {
  @JsonProperty("RequestHeaderModifier")
  REQUEST_HEADER_MODIFIER("RequestHeaderModifier"),
  @JsonProperty("ResponseHeaderModifier")
  RESPONSE_HEADER_MODIFIER("ResponseHeaderModifier"),
  @JsonProperty("RequestMirror")
  REQUEST_MIRROR("RequestMirror"),
  @JsonProperty("RequestRedirect")
  REQUEST_REDIRECT("RequestRedirect"),
  @JsonProperty("URLRewrite")
  URL_REWRITE("URLRewrite"),
  @JsonProperty("ExtensionRef")
  EXTENSION_REF("ExtensionRef"),
  @JsonProperty("CORS")
  CORS("CORS"),
  @JsonProperty("ExternalAuth")
  EXTERNAL_AUTH("ExternalAuth");

  private final String wireValue;

  HTTPRouteFilterType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
