/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.meta.KindDescriptor;
import io.elbgateway.model.meta.KubernetesObject;
import java.util.List;

/**
 * The Gateway API kinds the model reads, each with every version that Gateway API releases serve
 * (newest first), all read into one model type per kind.
 */
public final class GatewayApiKinds {

  /** The API group of the Gateway API's kinds. */
  public static final String GROUP = "gateway.networking.k8s.io";

  /** The API group of the Gateway API's experimental {@code X}-prefixed kinds. */
  public static final String EXPERIMENTAL_GROUP = "gateway.networking.x-k8s.io";

  /** GatewayClass (cluster-scoped). */
  public static final KindDescriptor GATEWAY_CLASS =
      describe(GROUP, "GatewayClass", GatewayClass.class, false, "v1", "v1beta1");

  /** Gateway. */
  public static final KindDescriptor GATEWAY = describe(GROUP, "Gateway", Gateway.class, true, "v1", "v1beta1");

  /** HTTPRoute. */
  public static final KindDescriptor HTTP_ROUTE =
      describe(GROUP, "HTTPRoute", HTTPRoute.class, true, "v1", "v1beta1");

  /** GRPCRoute. */
  public static final KindDescriptor GRPC_ROUTE = describe(GROUP, "GRPCRoute", GRPCRoute.class, true, "v1");

  /** TLSRoute. */
  public static final KindDescriptor TLS_ROUTE =
      describe(GROUP, "TLSRoute", TLSRoute.class, true, "v1", "v1alpha3", "v1alpha2");

  /** TCPRoute. */
  public static final KindDescriptor TCP_ROUTE =
      describe(GROUP, "TCPRoute", TCPRoute.class, true, "v1", "v1alpha2");

  /** UDPRoute. */
  public static final KindDescriptor UDP_ROUTE =
      describe(GROUP, "UDPRoute", UDPRoute.class, true, "v1", "v1alpha2");

  /** ReferenceGrant. */
  public static final KindDescriptor REFERENCE_GRANT =
      describe(GROUP, "ReferenceGrant", ReferenceGrant.class, true, "v1", "v1beta1", "v1alpha2");

  /** ListenerSet, standard since Gateway API 1.5. */
  public static final KindDescriptor LISTENER_SET =
      describe(GROUP, "ListenerSet", ListenerSet.class, true, "v1");

  /** XListenerSet, ListenerSet's experimental name (1.3, 1.4), read into {@link ListenerSet}. */
  public static final KindDescriptor X_LISTENER_SET =
      describe(EXPERIMENTAL_GROUP, "XListenerSet", ListenerSet.class, true, "v1alpha1");

  /** BackendTLSPolicy. */
  public static final KindDescriptor BACKEND_TLS_POLICY =
      describe(GROUP, "BackendTLSPolicy", BackendTLSPolicy.class, true, "v1", "v1alpha3");

  /** Every Gateway API kind. */
  public static final List<KindDescriptor> ALL =
      List.of(
          GATEWAY_CLASS,
          GATEWAY,
          HTTP_ROUTE,
          GRPC_ROUTE,
          TLS_ROUTE,
          TCP_ROUTE,
          UDP_ROUTE,
          REFERENCE_GRANT,
          LISTENER_SET,
          X_LISTENER_SET,
          BACKEND_TLS_POLICY);

  private GatewayApiKinds() {}

  private static KindDescriptor describe(
      String group, String kind, Class<? extends KubernetesObject> type, boolean namespaced, String... versions) {
    return KindDescriptor.builder()
        .group(group)
        .kind(kind)
        .addVersions(versions)
        .namespaced(namespaced)
        .type(type)
        .build();
  }
}
