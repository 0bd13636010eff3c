/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.ImmutableObjectMeta;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectMeta;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A Kubernetes {@code Secret} ({@code v1}), reduced to its metadata and {@code type}: enough to
 * tell that a referenced Secret exists and what it holds. Its {@code data} and {@code stringData}
 * never enter the model; they are skipped when read, so no secret value can reach a log line, a
 * {@code toString()} or written output. For the same reason the {@code
 * kubectl.kubernetes.io/last-applied-configuration} annotation (which {@code kubectl apply} fills
 * with the whole manifest, data included) is dropped.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSecret.class)
@JsonDeserialize(as = ImmutableSecret.class)
@JsonIgnoreProperties({"data", "stringData"})
public interface Secret extends KubernetesObject {

  /** The annotation {@code kubectl apply} stores the applied manifest in. */
  String LAST_APPLIED_ANNOTATION = "kubectl.kubernetes.io/last-applied-configuration";

  @Override
  @Value.Default
  default String apiVersion() {
    return "v1";
  }

  @Override
  @Value.Default
  default String kind() {
    return "Secret";
  }

  @Override
  ObjectMeta metadata();

  /** The Secret type, e.g. {@code Opaque} (the default) or {@code kubernetes.io/tls}. */
  @Value.Default
  default String type() {
    return "Opaque";
  }

  /** Drops the last-applied annotation, which may hold the Secret's data. */
  @Value.Check
  default Secret withoutSecretAnnotations() {
    if (!metadata().annotations().containsKey(LAST_APPLIED_ANNOTATION)) {
      return this;
    }
    Map<String, String> kept = new LinkedHashMap<>(metadata().annotations());
    kept.remove(LAST_APPLIED_ANNOTATION);
    return builder()
        .from(this)
        .metadata(ImmutableObjectMeta.copyOf(metadata()).withAnnotations(kept))
        .build();
  }

  /** A builder. */
  static ImmutableSecret.Builder builder() {
    return ImmutableSecret.builder();
  }
}
