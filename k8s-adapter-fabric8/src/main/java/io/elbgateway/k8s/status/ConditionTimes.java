/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Fills what the translator leaves to the writer in a status about to be written, by comparing it
 * with the status the object has: every condition's {@code lastTransitionTime} (kept while type and
 * status stay, else now) and a missing {@code observedGeneration}. Works on the JSON form of any
 * status kind: list items correspond by {@code type} (conditions), {@code name} (listeners) or
 * {@code parentRef} and {@code controllerName} (route parents), else by position.
 */
final class ConditionTimes {

  private ConditionTimes() {}

  /** {@code desired} with times and generations settled against {@code existing}. */
  static Map<String, Object> settle(Map<String, Object> desired, Map<String, Object> existing, Optional<Long> generation, Instant now) {
    return settleMap(desired, existing, generation, now);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> settleMap(Map<String, Object> desired, Map<String, Object> existing, Optional<Long> generation, Instant now) {
    Map<String, Object> out = new LinkedHashMap<>();
    desired.forEach((field, value) -> {
      Object before = existing == null ? null : existing.get(field);
      if (field.equals("conditions") && value instanceof List) {
        out.put(field, conditions((List<Object>) value, before instanceof List ? (List<Object>) before : List.of(), generation, now));
      } else if (value instanceof Map) {
        out.put(field, settleMap((Map<String, Object>) value, before instanceof Map ? (Map<String, Object>) before : Map.of(), generation, now));
      } else if (value instanceof List) {
        out.put(field, settleList((List<Object>) value, before instanceof List ? (List<Object>) before : List.of(), generation, now));
      } else {
        out.put(field, value);
      }
    });
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> settleList(List<Object> desired, List<Object> existing, Optional<Long> generation, Instant now) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < desired.size(); i++) {
      Object item = desired.get(i);
      if (item instanceof Map) {
        Map<String, Object> match = counterpart((Map<String, Object>) item, existing, i);
        out.add(settleMap((Map<String, Object>) item, match, generation, now));
      } else {
        out.add(item);
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> conditions(List<Object> desired, List<Object> existing, Optional<Long> generation, Instant now) {
    List<Object> out = new ArrayList<>();
    for (Object item : desired) {
      Map<String, Object> condition = new LinkedHashMap<>((Map<String, Object>) item);
      Map<String, Object> before = counterpart(condition, existing, -1);
      if (!condition.containsKey("observedGeneration")) {
        generation.ifPresent(g -> condition.put("observedGeneration", g));
      }
      boolean same = before != null && Objects.equals(before.get("status"), condition.get("status"));
      Object time = same && before.get("lastTransitionTime") != null ? before.get("lastTransitionTime") : now.toString();
      condition.put("lastTransitionTime", time);
      out.add(condition);
    }
    return out;
  }

  /** The existing item this desired item corresponds to, or null. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> counterpart(Map<String, Object> item, List<Object> existing, int index) {
    for (String identity : List.of("type", "name", "parentRef")) {
      if (item.containsKey(identity)) {
        for (Object other : existing) {
          if (other instanceof Map
              && Objects.equals(((Map<String, Object>) other).get(identity), item.get(identity))
              && Objects.equals(((Map<String, Object>) other).get("controllerName"), item.get("controllerName"))) {
            return (Map<String, Object>) other;
          }
        }
        return null;
      }
    }
    return index >= 0 && index < existing.size() && existing.get(index) instanceof Map
        ? (Map<String, Object>) existing.get(index)
        : null;
  }
}
