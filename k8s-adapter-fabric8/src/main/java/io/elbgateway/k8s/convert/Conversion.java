/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s.convert;

import io.elbgateway.model.meta.KubernetesObject;
import java.util.List;
import java.util.Optional;

/**
 * What converting one object gave: its model value, or the schema problems (each naming the
 * object and field) that keep it out of the snapshot, as the API server would have refused it.
 */
public final class Conversion {

  private final Optional<KubernetesObject> object;
  private final List<String> problems;

  private Conversion(Optional<KubernetesObject> object, List<String> problems) {
    this.object = object;
    this.problems = List.copyOf(problems);
  }

  static Conversion of(KubernetesObject object) {
    return new Conversion(Optional.of(object), List.of());
  }

  static Conversion rejected(List<String> problems) {
    return new Conversion(Optional.empty(), problems);
  }

  /** The model value, when the object passed the schema. */
  public Optional<KubernetesObject> object() {
    return object;
  }

  /** Why the object was left out; empty when it converted. */
  public List<String> problems() {
    return problems;
  }
}
