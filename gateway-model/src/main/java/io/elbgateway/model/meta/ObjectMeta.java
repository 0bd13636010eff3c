/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.meta;

import io.elbgateway.model.ModelStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The part of a Kubernetes object's {@code metadata} that elbgateway uses. Other metadata fields
 * (managedFields, ownerReferences, ...) are skipped when read.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableObjectMeta.class)
@JsonDeserialize(as = ImmutableObjectMeta.class)
public interface ObjectMeta {

  /** The object's name. */
  String name();

  /**
   * The namespace, for namespaced kinds. A manifest may leave it out; the
   * {@link io.elbgateway.model.snapshot.ClusterSnapshot} then places the object in {@code default},
   * as {@code kubectl apply} would.
   */
  Optional<String> namespace();

  /** The API server's unique id. */
  Optional<String> uid();

  /** The spec generation, which status conditions report as {@code observedGeneration}. */
  Optional<Long> generation();

  /** When the API server created the object; Gateway API breaks ties between routes with it. */
  Optional<Instant> creationTimestamp();

  /** Set once deletion was asked for and finalizers still hold the object. */
  Optional<Instant> deletionTimestamp();

  /** The version for optimistic concurrency. */
  Optional<String> resourceVersion();

  Map<String, String> labels();

  Map<String, String> annotations();

  List<String> finalizers();

  /** A builder. */
  static ImmutableObjectMeta.Builder builder() {
    return ImmutableObjectMeta.builder();
  }

  /** Metadata with just a name and a namespace. */
  static ObjectMeta of(String namespace, String name) {
    return builder().namespace(namespace).name(name).build();
  }
}
