/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The object a {@code TargetGroupConfiguration} applies to ({@code spec.targetReference}): usually
 * a Service, or a Gateway used as an NLB route backend.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTargetReference.class)
@JsonDeserialize(as = ImmutableTargetReference.class)
public interface TargetReference {

  /** The referent's API group; the CRD defaults it to the core group ({@code ""}). */
  @Value.Default
  default String group() {
    return "";
  }

  /** The referent's kind; the CRD defaults it to {@code Service}. */
  @Value.Default
  default String kind() {
    return "Service";
  }

  /** The referent's name, in the TargetGroupConfiguration's namespace. */
  String name();

  /** A builder. */
  static ImmutableTargetReference.Builder builder() {
    return ImmutableTargetReference.builder();
  }
}
