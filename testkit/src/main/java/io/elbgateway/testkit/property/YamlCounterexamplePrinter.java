/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

import io.elbgateway.model.codec.ManifestWriter;
import io.elbgateway.model.codec.ModelMappers;
import io.elbgateway.model.meta.KubernetesObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Prints counterexamples as YAML: a {@link KubernetesObject}, or a collection or tuple of them, as
 * manifests separated by {@code ---} (ready for {@code kubectl apply -f -}); any other model value
 * through {@link ModelMappers#yaml()}; a value Jackson cannot write, or writes as an empty object,
 * through {@code toString()}.
 */
public final class YamlCounterexamplePrinter implements CounterexamplePrinter {

  /** A printer; it holds no state. */
  public YamlCounterexamplePrinter() {}

  @Override
  public String print(Object value) {
    List<Object> parts = parts(value);
    if (!parts.isEmpty() && parts.stream().allMatch(KubernetesObject.class::isInstance)) {
      return ManifestWriter.yaml(parts.stream().map(KubernetesObject.class::cast).toList());
    }
    if (value instanceof Tuple2<?, ?> || value instanceof Tuple3<?, ?, ?>) {
      List<String> texts = new ArrayList<>();
      for (Object part : parts) {
        texts.add(print(part));
      }
      return String.join("---\n", texts);
    }
    try {
      String yaml = ModelMappers.yaml().writeValueAsString(value);
      // An object without properties says nothing as YAML; its toString() may.
      return yaml.strip().equals("{}") ? String.valueOf(value) : yaml;
    } catch (RuntimeException notAModelValue) {
      return String.valueOf(value);
    }
  }

  private static List<Object> parts(Object value) {
    if (value instanceof Tuple2<?, ?> pair) {
      return java.util.Arrays.asList(pair.first(), pair.second());
    }
    if (value instanceof Tuple3<?, ?, ?> triple) {
      return java.util.Arrays.asList(triple.first(), triple.second(), triple.third());
    }
    if (value instanceof Collection<?> collection) {
      return new ArrayList<>(collection);
    }
    return java.util.Collections.singletonList(value);
  }
}
