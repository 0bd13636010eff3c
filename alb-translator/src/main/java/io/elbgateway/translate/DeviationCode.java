/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate;

/**
 * The ways an ALB translation may differ from the Gateway API spec, each declared where it
 * happens. README.md lists them for users.
 */
public enum DeviationCode {
  /** ALB compares {@code http-header} values case-insensitively; the spec's Exact match does not. */
  HEADER_VALUE_CASE_INSENSITIVE,
  /** ALB compares {@code query-string} keys and values case-insensitively; the spec's Exact match does not. */
  QUERY_PARAM_CASE_INSENSITIVE,
  /** A RegularExpression match runs in ALB's regex dialect, which AWS does not name. */
  REGEX_DIALECT,
  /** A host with a port ({@code example.com:8080}) may not match an ALB host-header value. */
  HOST_WITH_PORT,
  /** Some backends of a rule are invalid: ALB cannot answer their share with 500 (it sends it to the valid ones). */
  INVALID_BACKEND_SHARE,
  /** Backend weights were scaled into ALB's 0-999 range and the ratios are not exact. */
  WEIGHT_ROUNDED,
  /** A query parameter that appears several times in a request matches if any value matches. */
  REPEATED_QUERY_PARAM,
  /** Anything else the translator had to approximate; the message says what. */
  OTHER
}
