/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import io.elbgateway.model.meta.KindDescriptor;
import io.elbgateway.model.meta.KubernetesObject;
import java.util.List;

/** The core Kubernetes kinds the model reads, with their groups, versions and scopes. */
public final class CoreKinds {

  /** {@code v1} Namespace (cluster-scoped). */
  public static final KindDescriptor NAMESPACE = core("Namespace", false, Namespace.class);

  /** {@code v1} Service. */
  public static final KindDescriptor SERVICE = core("Service", true, Service.class);

  /** {@code discovery.k8s.io/v1} EndpointSlice. */
  public static final KindDescriptor ENDPOINT_SLICE =
      KindDescriptor.builder()
          .group("discovery.k8s.io")
          .kind("EndpointSlice")
          .addVersions("v1")
          .namespaced(true)
          .type(EndpointSlice.class)
          .build();

  /** {@code v1} Node (cluster-scoped). */
  public static final KindDescriptor NODE = core("Node", false, Node.class);

  /** {@code v1} Secret (metadata and type only). */
  public static final KindDescriptor SECRET = core("Secret", true, Secret.class);

  /** Every core kind. */
  public static final List<KindDescriptor> ALL =
      List.of(NAMESPACE, SERVICE, ENDPOINT_SLICE, NODE, SECRET);

  private CoreKinds() {}

  private static KindDescriptor core(
      String kind, boolean namespaced, Class<? extends KubernetesObject> type) {
    return KindDescriptor.builder()
        .group("")
        .kind(kind)
        .addVersions("v1")
        .namespaced(namespaced)
        .type(type)
        .build();
  }
}
