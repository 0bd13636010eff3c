/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s.source;

import io.elbgateway.model.meta.KindDescriptor;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

/** A kind the cluster serves and the controller watches: the model's kind and the served version. */
public final class WatchedKind {

  private final KindDescriptor kind;
  private final ResourceDefinitionContext context;

  WatchedKind(KindDescriptor kind, ResourceDefinitionContext context) {
    this.kind = kind;
    this.context = context;
  }

  /** The model's kind. */
  public KindDescriptor kind() {
    return kind;
  }

  /** Group, version, plural and scope as the cluster serves them. */
  public ResourceDefinitionContext context() {
    return context;
  }

  /** The {@code apiVersion} watched, e.g. {@code gateway.networking.k8s.io/v1}. */
  public String apiVersion() {
    return context.getGroup() == null || context.getGroup().isEmpty()
        ? context.getVersion()
        : context.getGroup() + "/" + context.getVersion();
  }

  /** The objects of this kind in {@code namespace} (empty: cluster-scoped), through {@code client}. */
  public NonNamespaceOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>> in(
      KubernetesClient client, String namespace) {
    var resources = client.genericKubernetesResources(context);
    return namespace.isEmpty() ? resources : resources.inNamespace(namespace);
  }

  @Override
  public String toString() {
    return kind.kind() + " " + apiVersion();
  }
}
