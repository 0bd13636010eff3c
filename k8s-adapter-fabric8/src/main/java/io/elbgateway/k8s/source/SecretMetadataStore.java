/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s.source;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;

/**
 * The Secret informer's cache, holding metadata and type only: the translator needs to know that a
 * Secret exists (and which keys an OIDC action can use is checked when applying), never its
 * values, so no value stays in this process's memory beyond the watch event that carried it.
 */
final class SecretMetadataStore extends BasicItemStore<GenericKubernetesResource> {

  SecretMetadataStore() {
    super(Cache::metaNamespaceKeyFunc);
  }

  @Override
  public GenericKubernetesResource put(String key, GenericKubernetesResource secret) {
    return super.put(key, withoutData(secret));
  }

  /** A copy of a Secret without {@code data} and {@code stringData}. */
  static GenericKubernetesResource withoutData(GenericKubernetesResource secret) {
    GenericKubernetesResource copy = new GenericKubernetesResource();
    copy.setApiVersion(secret.getApiVersion());
    copy.setKind(secret.getKind());
    copy.setMetadata(secret.getMetadata());
    secret.getAdditionalProperties().forEach((field, value) -> {
      if (!field.equals("data") && !field.equals("stringData")) {
        copy.setAdditionalProperty(field, value);
      }
    });
    return copy;
  }
}
