/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s.source;

import io.elbgateway.model.aws.AwsKinds;
import io.elbgateway.model.core.CoreKinds;
import io.elbgateway.model.gateway.GatewayApiKinds;
import io.elbgateway.model.meta.KindDescriptor;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the API server which of the controller's kinds it serves and at which versions. A custom
 * kind is watched at the newest version both the cluster and the model know (the model reads every
 * version into one type), so a cluster with older CRDs still works; a kind not served at all is
 * reported with what it disables. The core kinds (Namespace, Service, EndpointSlice v1, Node,
 * Secret) are served by every supported Kubernetes version and are not asked about. Secrets are
 * watched for their metadata only (see {@link SecretMetadataStore}): whether an OIDC action's
 * Secret exists is part of the translation; its values are read only when applying.
 */
public final class KindDiscovery {

  private static final Logger LOG = LoggerFactory.getLogger(KindDiscovery.class);

  /** What a missing kind disables, in the words the start-up log uses. */
  private static final Map<String, String> CONSEQUENCES =
      Map.ofEntries(
          Map.entry("GatewayClass", "no Gateway can be reconciled (install the Gateway API CRDs)"),
          Map.entry("Gateway", "no Gateway can be reconciled (install the Gateway API CRDs)"),
          Map.entry("HTTPRoute", "no HTTP routing: ALB listeners answer only their default 404"),
          Map.entry("GRPCRoute", "no gRPC routing on ALB HTTPS listeners"),
          Map.entry("TLSRoute", "no TLS listeners on Network Load Balancers"),
          Map.entry("TCPRoute", "no TCP listeners on Network Load Balancers"),
          Map.entry("UDPRoute", "no UDP listeners on Network Load Balancers"),
          Map.entry("ReferenceGrant", "cross-namespace backend references are refused (RefNotPermitted)"),
          Map.entry("ListenerSet", "no listeners from ListenerSets"),
          Map.entry("XListenerSet", "no listeners from experimental XListenerSets"),
          Map.entry("BackendTLSPolicy", "backend TLS settings are not read"),
          Map.entry("LoadBalancerConfiguration", "Gateways get the default load balancer settings; a parametersRef to one is InvalidParameters"),
          Map.entry("TargetGroupConfiguration", "every target group takes the default settings (target type, health check)"),
          Map.entry("ListenerRuleConfiguration", "ExtensionRef filters naming one answer 500 (PartiallyInvalid)"));

  private KindDiscovery() {}

  /** The kinds the controller watches, given what {@code client}'s cluster serves. */
  public static KindSupport discover(KubernetesClient client) {
    Map<String, Optional<APIResourceList>> groupVersions = new HashMap<>();
    List<WatchedKind> watched = new ArrayList<>();
    Map<String, String> missing = new LinkedHashMap<>();
    for (KindDescriptor kind : customKinds()) {
      Optional<WatchedKind> served = Optional.empty();
      for (String version : kind.versions()) {
        String groupVersion = kind.group() + "/" + version;
        Optional<APIResourceList> resources = groupVersions.computeIfAbsent(groupVersion, gv -> resources(client, gv));
        Optional<APIResource> resource =
            resources.stream()
                .flatMap(list -> list.getResources().stream())
                .filter(r -> kind.kind().equals(r.getKind()) && r.getName() != null && !r.getName().contains("/"))
                .findFirst();
        if (resource.isPresent()) {
          served = Optional.of(new WatchedKind(kind, ResourceDefinitionContext.fromApiResource(groupVersion, resource.get())));
          break;
        }
      }
      if (served.isPresent()) {
        watched.add(served.get());
      } else {
        missing.put(kind.kind(), CONSEQUENCES.getOrDefault(kind.kind(), "not read"));
      }
    }
    for (KindDescriptor kind : coreKinds()) {
      watched.add(new WatchedKind(kind, core(kind)));
    }
    KindSupport support = new KindSupport(watched, missing);
    LOG.info("watching {}", support.watched());
    missing.forEach((kind, consequence) -> LOG.warn("{} is not served by this cluster: {}", kind, consequence));
    return support;
  }

  /** Every custom kind the model reads, Gateway API first. */
  static List<KindDescriptor> customKinds() {
    return Stream.concat(GatewayApiKinds.ALL.stream(), AwsKinds.ALL.stream()).toList();
  }

  /** The core kinds the translator reads; of Secrets only their metadata is kept. */
  static List<KindDescriptor> coreKinds() {
    return List.of(CoreKinds.NAMESPACE, CoreKinds.SERVICE, CoreKinds.ENDPOINT_SLICE, CoreKinds.NODE, CoreKinds.SECRET);
  }

  private static ResourceDefinitionContext core(KindDescriptor kind) {
    String lower = kind.kind().toLowerCase(java.util.Locale.ROOT);
    return new ResourceDefinitionContext.Builder()
        .withGroup(kind.group())
        .withVersion(kind.versions().get(0))
        .withKind(kind.kind())
        .withPlural(lower.endsWith("s") ? lower + "es" : lower + "s")
        .withNamespaced(kind.namespaced())
        .build();
  }

  private static Optional<APIResourceList> resources(KubernetesClient client, String groupVersion) {
    try {
      return Optional.ofNullable(client.getApiResources(groupVersion));
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
