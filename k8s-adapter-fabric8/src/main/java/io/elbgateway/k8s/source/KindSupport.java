/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which of the kinds the controller reads the cluster serves, at which version, and what each
 * missing kind disables. Found once at start by {@link KindDiscovery}.
 */
public final class KindSupport {

  private final List<WatchedKind> watched;
  private final Map<String, String> missing;

  KindSupport(List<WatchedKind> watched, Map<String, String> missing) {
    this.watched = List.copyOf(watched);
    this.missing = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(missing));
  }

  /** The kinds served and watched, each at the newest version the cluster and the model share. */
  public List<WatchedKind> watched() {
    return watched;
  }

  /** The served {@code apiVersion} of a kind, by kind name. */
  public Optional<String> servedVersion(String kind) {
    return watched.stream().filter(w -> w.kind().kind().equals(kind)).map(WatchedKind::apiVersion).findFirst();
  }

  /** Kinds the cluster does not serve, each with what its absence disables. */
  public Map<String, String> missing() {
    return missing;
  }

  /** Whether the cluster serves what a controller needs at all: GatewayClass and Gateway. */
  public boolean canReconcile() {
    return servedVersion("GatewayClass").isPresent() && servedVersion("Gateway").isPresent();
  }

  /** One line per missing kind, as logged at start. */
  public String describeMissing() {
    return missing.entrySet().stream()
        .map(e -> e.getKey() + " is not served: " + e.getValue())
        .collect(Collectors.joining("\n"));
  }

  @Override
  public String toString() {
    return "served: " + watched + (missing.isEmpty() ? "" : "; missing: " + missing.keySet());
  }
}
