/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.gen;

import static io.elbgateway.testkit.gen.Choices.chance;
import static io.elbgateway.testkit.gen.Choices.index;
import static io.elbgateway.testkit.gen.Choices.more;
import static io.elbgateway.testkit.gen.Choices.pick;

import io.elbgateway.model.aws.TargetGroupConfiguration;
import io.elbgateway.model.aws.TargetGroupConfigurationSpec;
import io.elbgateway.model.aws.TargetGroupProps;
import io.elbgateway.model.aws.TargetReference;
import io.elbgateway.model.aws.TargetType;
import io.elbgateway.model.core.AddressType;
import io.elbgateway.model.core.Endpoint;
import io.elbgateway.model.core.EndpointConditions;
import io.elbgateway.model.core.EndpointPort;
import io.elbgateway.model.core.EndpointSlice;
import io.elbgateway.model.core.IntOrString;
import io.elbgateway.model.core.Namespace;
import io.elbgateway.model.core.Service;
import io.elbgateway.model.core.ServicePort;
import io.elbgateway.model.core.ServiceSpec;
import io.elbgateway.model.gateway.AllowedRoutes;
import io.elbgateway.model.gateway.FromNamespaces;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.GatewayClass;
import io.elbgateway.model.gateway.GatewayClassSpec;
import io.elbgateway.model.gateway.GatewaySpec;
import io.elbgateway.model.gateway.Listener;
import io.elbgateway.model.gateway.ListenerTLSConfig;
import io.elbgateway.model.gateway.ReferenceGrant;
import io.elbgateway.model.gateway.ReferenceGrantFrom;
import io.elbgateway.model.gateway.ReferenceGrantSpec;
import io.elbgateway.model.gateway.ReferenceGrantTo;
import io.elbgateway.model.gateway.RouteNamespaces;
import io.elbgateway.model.gateway.TLSModeType;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.LabelSelector;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ObjectMeta;
import io.elbgateway.model.meta.RouteGroupKind;
import io.elbgateway.testkit.property.RandomSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One draw of a valid ALB scenario: namespaces, the GatewayClass, the Gateway, its routes (through
 * {@link RouteDraw}), then the Services, EndpointSlices and ReferenceGrants the routes' backends
 * need. Objects that depend on routes come after them, so fewer routes means fewer objects.
 */
final class ScenarioDraw {

  /** Creation times start here; each object is one second (plus a drawn offset) later. */
  static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  private final RandomSource source;
  private final ScenarioOptions options;
  private int created;

  ScenarioDraw(RandomSource source, ScenarioOptions options) {
    this.source = source;
    this.options = options;
  }

  Scenario draw() {
    List<Namespace> namespaces = namespaces(source);
    List<String> names = namespaces.stream().map(n -> n.metadata().name()).toList();
    Gateway gateway = gateway(namespaces);
    List<KubernetesObject> routes = new ArrayList<>();
    RouteDraw routeDraw = new RouteDraw(source, gateway, names, options);
    int count = 0;
    while (more(source, count, 1, options.maxRoutes(), 0.55)) {
      routes.add(routeDraw.route(count, meta(names.get(routeDraw.namespaceIndex()), "route-" + count, Map.of())));
      count++;
    }
    List<KubernetesObject> objects = new ArrayList<>();
    objects.addAll(namespaces);
    objects.add(
        GatewayClass.builder()
            .metadata(
                ObjectMeta.builder().name(Vocabulary.GATEWAY_CLASS).creationTimestamp(EPOCH).build())
            .spec(GatewayClassSpec.builder().controllerName(Vocabulary.CONTROLLER).build())
            .build());
    objects.add(gateway);
    objects.addAll(routes);
    objects.addAll(backends(routeDraw.backends()));
    objects.addAll(grants(routeDraw.crossNamespace()));
    return new Scenario(
        objects,
        ObjectKey.of("gateway.networking.k8s.io", "Gateway", Vocabulary.NAMESPACES.get(0), Vocabulary.GATEWAY));
  }

  /** Metadata with a distinct, deterministic creation time; a drawn offset reorders objects. */
  private ObjectMeta meta(String namespace, String name, Map<String, String> labels) {
    long offset = source.draw(5) * 60;
    created++;
    return ObjectMeta.builder()
        .namespace(namespace)
        .name(name)
        .labels(labels)
        .creationTimestamp(EPOCH.plusSeconds(offset + created))
        .build();
  }

  /** One to all of the vocabulary's namespaces, each labelled with its name and a team. Shared with the NLB scenarios. */
  static List<Namespace> namespaces(RandomSource source) {
    List<Namespace> namespaces = new ArrayList<>();
    while (more(source, namespaces.size(), 1, Vocabulary.NAMESPACES.size(), 0.6)) {
      String name = Vocabulary.NAMESPACES.get(namespaces.size());
      Map<String, String> labels = new TreeMap<>();
      labels.put(Vocabulary.NAME_LABEL, name);
      labels.put(Vocabulary.TEAM_LABEL, pick(source, Vocabulary.TEAMS));
      namespaces.add(
          Namespace.builder()
              .metadata(
                  ObjectMeta.builder()
                      .name(name)
                      .labels(labels)
                      .creationTimestamp(EPOCH.plusSeconds(namespaces.size()))
                      .build())
              .build());
    }
    return namespaces;
  }

  private Gateway gateway(List<Namespace> namespaces) {
    List<Listener> listeners = new ArrayList<>();
    Set<String> combinations = new LinkedHashSet<>();
    int drawn = 0;
    while (more(source, drawn, 1, 4, 0.5)) {
      drawn++;
      Listener listener = listener(listeners.size());
      String combination = listener.port() + "/" + listener.hostname().orElse("");
      if (combinations.add(combination)) {
        listeners.add(listener);
      }
    }
    return Gateway.builder()
        .metadata(meta(Vocabulary.NAMESPACES.get(0), Vocabulary.GATEWAY, Map.of()))
        .spec(
            GatewaySpec.builder()
                .gatewayClassName(Vocabulary.GATEWAY_CLASS)
                .listeners(listeners)
                .build())
        .build();
  }

  private Listener listener(int position) {
    int kind = index(source, 10);
    String protocol = kind < 5 ? "HTTP" : kind < 8 ? "HTTPS" : "HTTP";
    int port = kind < 5 ? 80 : kind < 8 ? 443 : 8080;
    var listener =
        Listener.builder()
            .name(protocol.toLowerCase(java.util.Locale.ROOT) + "-" + port + "-" + position)
            .protocol(protocol)
            .port(port);
    if (chance(source, 0.5)) {
      listener.hostname(pick(source, Vocabulary.LISTENER_HOSTNAMES));
    }
    if (protocol.equals("HTTPS")) {
      listener.tls(
          ListenerTLSConfig.builder()
              .mode(TLSModeType.TERMINATE)
              .options(Map.of("gateway.k8s.aws/certificate-source", "acm"))
              .build());
    }
    listener.allowedRoutes(allowedRoutes());
    return listener.build();
  }

  /**
   * One choice for namespaces and kinds (a minimal listener is three choices: with its "one more"
   * flag a power of two, which the shrinker deletes in one piece).
   */
  private AllowedRoutes allowedRoutes() {
    int shape = index(source, 20);
    var allowed = AllowedRoutes.builder();
    if ((shape >= 8 && shape < 14) || shape == 19) {
      allowed.namespaces(RouteNamespaces.builder().from(FromNamespaces.ALL).build());
    } else if (shape >= 14 && shape < 18) {
      LabelSelector selector =
          chance(source, 0.5)
              ? LabelSelector.builder()
                  .matchLabels(Map.of(Vocabulary.NAME_LABEL, pick(source, Vocabulary.NAMESPACES)))
                  .build()
              : LabelSelector.builder()
                  .matchLabels(Map.of(Vocabulary.TEAM_LABEL, pick(source, Vocabulary.TEAMS)))
                  .build();
      allowed.namespaces(
          RouteNamespaces.builder().from(FromNamespaces.SELECTOR).selector(selector).build());
    }
    if (shape >= 18) {
      allowed.addKinds(RouteGroupKind.of(pick(source, List.of("HTTPRoute", "GRPCRoute"))));
    }
    return allowed.build();
  }

  /** A Service and an EndpointSlice for every backend the routes name, except the missing one. */
  private List<KubernetesObject> backends(Set<ObjectKey> services) {
    List<KubernetesObject> objects = new ArrayList<>();
    for (ObjectKey key : new TreeSet<>(services)) {
      if (key.name().equals(Vocabulary.MISSING_SERVICE)) {
        continue;
      }
      Map<String, String> selector = Map.of("app", key.name());
      objects.add(
          Service.builder()
              .metadata(meta(key.namespace(), key.name(), Map.of()))
              .spec(
                  ServiceSpec.builder()
                      .addPorts(
                          ServicePort.builder()
                              .name("http")
                              .port(80)
                              .targetPort(IntOrString.of(8080))
                              .build(),
                          ServicePort.builder()
                              .name("https")
                              .port(8443)
                              .targetPort(IntOrString.of("web-tls"))
                              .build())
                      .selector(selector)
                      .build())
              .build());
      List<Endpoint> endpoints = new ArrayList<>();
      while (more(source, endpoints.size(), 0, 3, 0.6)) {
        endpoints.add(
            Endpoint.builder()
                .addAddresses("10.0." + (objects.size() + 1) + "." + (endpoints.size() + 10))
                .conditions(EndpointConditions.builder().ready(!chance(source, 0.2)).build())
                .build());
      }
      objects.add(
          EndpointSlice.builder()
              .metadata(
                  meta(key.namespace(), key.name() + "-1", Map.of(EndpointSlice.SERVICE_NAME_LABEL, key.name())))
              .addressType(AddressType.IPV4)
              .endpoints(endpoints)
              .addPorts(
                  EndpointPort.builder().name("http").port(8080).build(),
                  EndpointPort.builder().name("https").port(8443).build())
              .build());
      if (chance(source, 0.1)) {
        objects.add(targetGroupConfiguration(key));
      }
    }
    return objects;
  }

  /** A TargetGroupConfiguration (AWS extension kind) for the Service, with an ip or instance target type. */
  private TargetGroupConfiguration targetGroupConfiguration(ObjectKey service) {
    return TargetGroupConfiguration.builder()
        .metadata(meta(service.namespace(), service.name() + "-tg", Map.of()))
        .spec(
            TargetGroupConfigurationSpec.builder()
                .targetReference(TargetReference.builder().name(service.name()).build())
                .defaultConfiguration(
                    TargetGroupProps.builder()
                        .targetType(pick(source, List.of(TargetType.IP, TargetType.INSTANCE)))
                        .build())
                .build())
        .build();
  }

  /**
   * For each route namespace and kind that sends traffic to another namespace: usually a
   * ReferenceGrant there, sometimes none.
   */
  private List<KubernetesObject> grants(Set<RouteDraw.CrossReference> references) {
    Map<String, List<RouteDraw.CrossReference>> byTarget = new TreeMap<>();
    for (RouteDraw.CrossReference reference : new TreeSet<>(references)) {
      byTarget.computeIfAbsent(reference.toNamespace(), k -> new ArrayList<>()).add(reference);
    }
    List<KubernetesObject> grants = new ArrayList<>();
    for (Map.Entry<String, List<RouteDraw.CrossReference>> target : byTarget.entrySet()) {
      if (!chance(source, 0.7)) {
        continue;
      }
      Map<String, ReferenceGrantFrom> from = new LinkedHashMap<>();
      for (RouteDraw.CrossReference reference : target.getValue()) {
        from.putIfAbsent(
            reference.kind() + "/" + reference.fromNamespace(),
            ReferenceGrantFrom.builder()
                .group("gateway.networking.k8s.io")
                .kind(reference.kind())
                .namespace(reference.fromNamespace())
                .build());
      }
      var to = ReferenceGrantTo.builder().group("").kind("Service");
      if (chance(source, 0.3)) {
        to.name(pick(source, Vocabulary.SERVICES));
      }
      grants.add(
          ReferenceGrant.builder()
              .metadata(meta(target.getKey(), "allow-routes", Map.of()))
              .spec(ReferenceGrantSpec.builder().from(from.values()).addTo(to.build()).build())
              .build());
    }
    return grants;
  }
}
