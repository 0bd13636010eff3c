/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.meta;

import io.elbgateway.model.ModelStyle;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * Identifies one Kubernetes object: API group (empty for the core group), kind, namespace (empty
 * for cluster-scoped kinds) and name. Orders by group, kind, namespace, name, so sorted output is
 * deterministic.
 */
@Value.Immutable
@ModelStyle
public interface ObjectKey extends Comparable<ObjectKey> {

  @Value.Parameter
  String group();

  @Value.Parameter
  String kind();

  @Value.Parameter
  String namespace();

  @Value.Parameter
  String name();

  /** A key; {@code namespace} is empty for cluster-scoped objects. */
  static ObjectKey of(String group, String kind, String namespace, String name) {
    return ImmutableObjectKey.of(group, kind, namespace, name);
  }

  /** {@code namespace/name}, or just {@code name} for cluster-scoped objects. */
  default String namespacedName() {
    return namespace().isEmpty() ? name() : namespace() + "/" + name();
  }

  /** As a person reads it: {@code HTTPRoute my-web/my-web}. */
  default String display() {
    return kind() + " " + namespacedName();
  }

  @Override
  default int compareTo(ObjectKey other) {
    return ORDER.compare(this, other);
  }

  /** The natural order of keys. */
  Comparator<ObjectKey> ORDER =
      Comparator.comparing(ObjectKey::group)
          .thenComparing(ObjectKey::kind)
          .thenComparing(ObjectKey::namespace)
          .thenComparing(ObjectKey::name);
}
