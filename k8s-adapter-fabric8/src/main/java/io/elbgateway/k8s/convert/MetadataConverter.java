/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s.convert;

import io.elbgateway.model.meta.ImmutableObjectMeta;
import io.elbgateway.model.meta.ObjectMeta;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Converts fabric8 object metadata into the model's {@link ObjectMeta}, keeping exactly the fields
 * the model has (name, namespace, uid, generation, timestamps, resourceVersion, labels,
 * annotations, finalizers).
 */
public final class MetadataConverter {

  private MetadataConverter() {}

  /** The model's view of fabric8 metadata. */
  public static ObjectMeta toModel(io.fabric8.kubernetes.api.model.ObjectMeta source) {
    ImmutableObjectMeta.Builder builder = ObjectMeta.builder().name(orEmpty(source.getName()));
    nonEmpty(source.getNamespace()).ifPresent(builder::namespace);
    nonEmpty(source.getUid()).ifPresent(builder::uid);
    Optional.ofNullable(source.getGeneration()).ifPresent(builder::generation);
    timestamp(source.getCreationTimestamp()).ifPresent(builder::creationTimestamp);
    timestamp(source.getDeletionTimestamp()).ifPresent(builder::deletionTimestamp);
    nonEmpty(source.getResourceVersion()).ifPresent(builder::resourceVersion);
    if (source.getLabels() != null) {
      builder.putAllLabels(source.getLabels());
    }
    if (source.getAnnotations() != null) {
      builder.putAllAnnotations(source.getAnnotations());
    }
    if (source.getFinalizers() != null) {
      builder.addAllFinalizers(source.getFinalizers());
    }
    return builder.build();
  }

  /**
   * An RFC 3339 timestamp as the API server writes it. A value that does not parse is dropped: it
   * only orders routes, and the API server never sends one.
   */
  private static Optional<Instant> timestamp(String value) {
    try {
      return nonEmpty(value).map(Instant::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> nonEmpty(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isEmpty());
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
