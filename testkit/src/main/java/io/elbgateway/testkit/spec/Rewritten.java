/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;

/** The request as a {@code URLRewrite} filter leaves it (§7.4): the Host header and the path. */
@Value.Immutable
@ModelStyle
public interface Rewritten {

  /** The Host header sent to the backend: the filter's hostname, or the request's Host unchanged. */
  @Value.Parameter
  String host();

  /** The path sent to the backend (without query string). */
  @Value.Parameter
  String path();

  /** A host and path. */
  static Rewritten of(String host, String path) {
    return ImmutableRewritten.of(host, path);
  }
}
