/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s.status;

import io.elbgateway.k8s.source.ClusterSource;
import io.elbgateway.k8s.source.WatchedKind;
import io.elbgateway.model.codec.ModelMappers;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.status.RouteParentStatus;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;

/**
 * Writes statuses to the status subresource, and only when they change: the desired status (a
 * model value) is settled against the object's current one (condition times kept, generations
 * filled) and compared; an equal status is not written. The object the informer holds is the base
 * of the write, so an unchanged status costs no request; a write that meets a newer object (409
 * Conflict) reads the object afresh and tries again. For routes, only this controller's entries of
 * {@code status.parents} are replaced: other controllers' entries stay as they are.
 */
public final class StatusWriter {

  private static final Logger LOG = LoggerFactory.getLogger(StatusWriter.class);
  private static final int ATTEMPTS = 5;
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final KubernetesClient client;
  private final ClusterSource source;
  private final Clock clock;
  private final Set<String> controllerNames;
  private final AtomicInteger writes = new AtomicInteger();
  private final AtomicInteger conflicts = new AtomicInteger();

  /**
   * A writer through {@code client}, reading current objects from {@code source}; route entries of
   * {@code controllerNames} are this controller's.
   */
  public StatusWriter(KubernetesClient client, ClusterSource source, Clock clock, Set<String> controllerNames) {
    this.client = client;
    this.source = source;
    this.clock = clock;
    this.controllerNames = Set.copyOf(controllerNames);
  }

  /**
   * Writes {@code status} (a model status value) as the object's whole status; {@code generation}
   * fills conditions that name none. Returns whether a write was made.
   */
  public boolean write(ObjectKey key, Object status, Optional<Long> generation) {
    Map<String, Object> desired = toMap(status);
    return update(key, existing -> ConditionTimes.settle(desired, existing, generation, now()));
  }

  /**
   * Writes a route's {@code status.parents}: this controller's entries become {@code ours}; other
   * controllers' entries are kept. Returns whether a write was made.
   */
  public boolean writeRouteParents(ObjectKey route, List<RouteParentStatus> ours, Optional<Long> generation) {
    List<Object> desiredOurs = new ArrayList<>();
    ours.forEach(p -> desiredOurs.add(toMap(p)));
    return update(route, existing -> {
      List<Object> parents = new ArrayList<>();
      Object before = existing.get("parents");
      if (before instanceof List) {
        for (Object entry : (List<?>) before) {
          if (!(entry instanceof Map) || !controllerNames.contains(String.valueOf(((Map<?, ?>) entry).get("controllerName")))) {
            parents.add(entry);
          }
        }
      }
      parents.addAll(desiredOurs);
      Map<String, Object> desired = new LinkedHashMap<>(existing);
      if (parents.isEmpty() && before == null) {
        return existing; // a route no controller has written to, and none of ours to add
      }
      desired.put("parents", parents);
      return ConditionTimes.settle(desired, existing, generation, now());
    });
  }

  /** Status writes made since start. */
  public int writes() {
    return writes.get();
  }

  /** Writes that met a conflict and were tried again. */
  public int conflicts() {
    return conflicts.get();
  }

  private interface Desired {
    Map<String, Object> from(Map<String, Object> existing);
  }

  private boolean update(ObjectKey key, Desired desiredFrom) {
    Optional<WatchedKind> kind = source.kindOf(key);
    Optional<GenericKubernetesResource> base = source.raw(key);
    if (kind.isEmpty() || base.isEmpty()) {
      return false; // gone: nothing to write to
    }
    GenericKubernetesResource current = base.get();
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Map<String, Object> existing = canonical(current.getAdditionalProperties().getOrDefault("status", Map.of()));
      Map<String, Object> desired = canonical(desiredFrom.from(existing));
      if (desired.equals(existing)) {
        return false;
      }
      GenericKubernetesResource next = client.getKubernetesSerialization().clone(current);
      next.setAdditionalProperty("status", desired);
      try {
        kind.get().in(client, key.namespace()).resource(next).updateStatus();
        writes.incrementAndGet();
        return true;
      } catch (KubernetesClientException e) {
        if (e.getCode() == 404) {
          return false;
        }
        if (e.getCode() != 409 || attempt == ATTEMPTS) {
          throw e;
        }
        conflicts.incrementAndGet();
        LOG.debug("status of {} changed meanwhile; reading it again", key.display());
        GenericKubernetesResource fresh = kind.get().in(client, key.namespace()).withName(key.name()).get();
        if (fresh == null) {
          return false;
        }
        current = fresh;
      }
    }
    return false;
  }

  private java.time.Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  /** A model value as the JSON object it is written as. */
  private static Map<String, Object> toMap(Object value) {
    return ModelMappers.json().convertValue(value, MAP);
  }

  /** One JSON form for comparison: numbers and nesting as a parser reads them. */
  private static Map<String, Object> canonical(Object value) {
    String json = ModelMappers.json().writeValueAsString(value);
    return ModelMappers.json().readValue(json, MAP);
  }
}
