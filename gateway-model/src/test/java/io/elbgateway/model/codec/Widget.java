/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.KindDescriptor;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectMeta;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A test-only namespaced kind, served at example.io/v1 and example.io/v1beta1. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableWidget.class)
@JsonDeserialize(as = ImmutableWidget.class)
public interface Widget extends KubernetesObject {

  KindDescriptor KIND =
      KindDescriptor.builder()
          .group("example.io")
          .kind("Widget")
          .addVersions("v1", "v1beta1")
          .namespaced(true)
          .type(Widget.class)
          .build();

  @Override
  @Value.Default
  default String apiVersion() {
    return "example.io/v1";
  }

  @Override
  @Value.Default
  default String kind() {
    return "Widget";
  }

  @Override
  ObjectMeta metadata();

  WidgetSpec spec();

  static ImmutableWidget.Builder builder() {
    return ImmutableWidget.builder();
  }
}
