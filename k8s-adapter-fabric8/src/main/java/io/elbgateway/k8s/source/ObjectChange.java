/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s.source;

import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectKey;
import java.util.Optional;

/**
 * One object changed as the translation sees it: its model value before and after (empty when it
 * did not exist, or was left out for failing the schema). Changes the translation cannot see (a
 * new resourceVersion, a status this controller wrote) are not reported.
 */
public final class ObjectChange {

  private final ObjectKey key;
  private final Optional<KubernetesObject> before;
  private final Optional<KubernetesObject> after;

  ObjectChange(ObjectKey key, Optional<KubernetesObject> before, Optional<KubernetesObject> after) {
    this.key = key;
    this.before = before;
    this.after = after;
  }

  /** A change of {@code key} from {@code before} to {@code after}. */
  public static ObjectChange of(ObjectKey key, Optional<KubernetesObject> before, Optional<KubernetesObject> after) {
    return new ObjectChange(key, before, after);
  }

  /** The object's key. */
  public ObjectKey key() {
    return key;
  }

  /** The model value before the change. */
  public Optional<KubernetesObject> before() {
    return before;
  }

  /** The model value after the change. */
  public Optional<KubernetesObject> after() {
    return after;
  }

  @Override
  public String toString() {
    return key.display() + (before.isEmpty() ? " added" : after.isEmpty() ? " removed" : " changed");
  }
}
