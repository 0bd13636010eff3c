/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.KindDescriptor;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectMeta;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A test-only cluster-scoped kind, served at example.io/v1. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGizmo.class)
@JsonDeserialize(as = ImmutableGizmo.class)
public interface Gizmo extends KubernetesObject {

  KindDescriptor KIND =
      KindDescriptor.builder()
          .group("example.io")
          .kind("Gizmo")
          .addVersions("v1")
          .namespaced(false)
          .type(Gizmo.class)
          .build();

  @Override
  @Value.Default
  default String apiVersion() {
    return "example.io/v1";
  }

  @Override
  @Value.Default
  default String kind() {
    return "Gizmo";
  }

  @Override
  ObjectMeta metadata();

  Optional<String> description();
}
