/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads statuses of generic objects in tests. */
final class Statuses {

  private Statuses() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> status(GenericKubernetesResource resource) {
    Object status = resource == null ? null : resource.getAdditionalProperties().get("status");
    return status instanceof Map ? (Map<String, Object>) status : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Map<String, Object> map, String field) {
    Object value = map.get(field);
    return value instanceof List ? (List<Map<String, Object>>) value : List.of();
  }

  /** The condition of this type in a {@code conditions} list. */
  static Optional<Map<String, Object>> condition(Map<String, Object> holder, String type) {
    return list(holder, "conditions").stream().filter(c -> type.equals(c.get("type"))).findFirst();
  }

  /** Whether the condition of this type has this status. */
  static boolean is(Map<String, Object> holder, String type, String status) {
    return condition(holder, type).map(c -> status.equals(c.get("status"))).orElse(false);
  }

  /** The route's {@code status.parents} entries. */
  static List<Map<String, Object>> parents(GenericKubernetesResource route) {
    return list(status(route), "parents");
  }

  static List<String> finalizers(GenericKubernetesResource resource) {
    return resource == null || resource.getMetadata().getFinalizers() == null ? List.of() : resource.getMetadata().getFinalizers();
  }
}
