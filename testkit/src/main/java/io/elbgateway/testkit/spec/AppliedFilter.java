/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;

/**
 * A filter the spec applies to the request that this model records without simulating (header
 * modifiers, mirrors, CORS, ExternalAuth, an {@code authenticate} ExtensionRef): the comparison with
 * the ALB treats these as declared differences.
 */
@Value.Immutable
@ModelStyle
public interface AppliedFilter {

  /** The filter type as written ({@code RequestHeaderModifier}, ...) or {@code authenticate}. */
  @Value.Parameter
  String type();

  /** The field the filter is in, e.g. {@code .spec.rules[0].filters[1]}. */
  @Value.Parameter
  String field();

  /** A filter type and field. */
  static AppliedFilter of(String type, String field) {
    return ImmutableAppliedFilter.of(type, field);
  }
}
