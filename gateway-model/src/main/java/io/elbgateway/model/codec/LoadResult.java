/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.validation.Severity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What one read of manifests produced: the objects that loaded (in read order, each with its
 * location) and every problem found on the way.
 */
@Value.Immutable
@ModelStyle
public interface LoadResult {

  /** The loaded objects with their locations, in read order. */
  List<LoadedObject> entries();

  /** Every problem, in read order. */
  List<Problem> problems();

  /** The loaded objects, in read order. */
  default List<KubernetesObject> objects() {
    return entries().stream().map(LoadedObject::object).collect(Collectors.toUnmodifiableList());
  }

  /** The entry of the object with this key, if one was loaded. */
  default Optional<LoadedObject> entry(ObjectKey key) {
    return entries().stream().filter(e -> e.object().key().equals(key)).findFirst();
  }

  /** Where the object with this key was read, if it was loaded. */
  default Optional<SourceLocation> location(ObjectKey key) {
    return entry(key).map(LoadedObject::location);
  }

  /** Whether any problem is an error. */
  default boolean hasErrors() {
    return errorCount() > 0;
  }

  /** How many problems are errors. */
  default long errorCount() {
    return problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
  }

  /** How many problems are warnings. */
  default long warningCount() {
    return problems().stream().filter(p -> p.severity() == Severity.WARNING).count();
  }

  /** A builder. */
  static ImmutableLoadResult.Builder builder() {
    return ImmutableLoadResult.builder();
  }
}
