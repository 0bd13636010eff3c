/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;

/** The request is answered with a redirect ({@code RequestRedirect} filter, §7.3). */
@Value.Immutable
@ModelStyle
public non-sealed interface Redirect extends SpecOutcome {

  /** The status code (301, 302, ...). */
  int statusCode();

  /** The {@code Location} header, e.g. {@code https://example.com/path?q=1}. */
  String location();

  /** A builder. */
  static ImmutableRedirect.Builder builder() {
    return ImmutableRedirect.builder();
  }
}
