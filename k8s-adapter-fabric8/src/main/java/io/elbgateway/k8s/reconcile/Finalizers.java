/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s.reconcile;

import io.elbgateway.k8s.source.ClusterSource;
import io.elbgateway.k8s.source.WatchedKind;
import io.elbgateway.model.meta.ObjectKey;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds and removes finalizers. The informer's copy tells whether anything needs doing, so a
 * finalizer already in place costs no request; the change itself is an edit of the fresh object.
 */
final class Finalizers {

  /** Keeps a Gateway until its AWS resources are deleted. */
  static final String GATEWAY = "gateway.elbgateway.io/finalizer";

  /** The Gateway API spec's finalizer on a GatewayClass that Gateways use. */
  static final String GATEWAY_CLASS = "gateway-exists-finalizer.gateway.networking.k8s.io";

  private final KubernetesClient client;
  private final ClusterSource source;

  Finalizers(KubernetesClient client, ClusterSource source) {
    this.client = client;
    this.source = source;
  }

  /** Whether the object (as last seen) carries the finalizer. */
  boolean has(ObjectKey key, String finalizer) {
    return source.raw(key).map(r -> r.getMetadata().getFinalizers()).map(f -> f.contains(finalizer)).orElse(false);
  }

  /** Adds the finalizer unless it is there. */
  void ensure(ObjectKey key, String finalizer) {
    if (!has(key, finalizer)) {
      edit(key, finalizer, true);
    }
  }

  /** Removes the finalizer if it is there. */
  void release(ObjectKey key, String finalizer) {
    if (has(key, finalizer)) {
      edit(key, finalizer, false);
    }
  }

  private void edit(ObjectKey key, String finalizer, boolean add) {
    Optional<WatchedKind> kind = source.kindOf(key);
    if (kind.isEmpty()) {
      return;
    }
    try {
      kind.get().in(client, key.namespace()).withName(key.name()).edit(
          (GenericKubernetesResource r) -> {
            List<String> finalizers = new ArrayList<>(Optional.ofNullable(r.getMetadata().getFinalizers()).orElse(List.of()));
            finalizers.remove(finalizer);
            if (add) {
              finalizers.add(finalizer);
            }
            r.getMetadata().setFinalizers(finalizers);
            return r;
          });
    } catch (KubernetesClientException e) {
      if (e.getCode() != 404) {
        throw e;
      }
    }
  }
}
