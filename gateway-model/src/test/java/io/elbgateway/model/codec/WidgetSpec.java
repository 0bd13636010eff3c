/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The spec of the test kind {@link Widget}: a required field, an enum, a list and a number. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableWidgetSpec.class)
@JsonDeserialize(as = ImmutableWidgetSpec.class)
public interface WidgetSpec {

  String color();

  Optional<WidgetSize> size();

  List<String> parts();

  Optional<Integer> count();

  static ImmutableWidgetSpec.Builder builder() {
    return ImmutableWidgetSpec.builder();
  }
}
