/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.gen;

import static io.elbgateway.testkit.gen.Choices.chance;
import static io.elbgateway.testkit.gen.Choices.index;
import static io.elbgateway.testkit.gen.Choices.more;
import static io.elbgateway.testkit.gen.Choices.pick;

import io.elbgateway.model.core.AddressType;
import io.elbgateway.model.core.Endpoint;
import io.elbgateway.model.core.EndpointConditions;
import io.elbgateway.model.core.EndpointPort;
import io.elbgateway.model.core.EndpointSlice;
import io.elbgateway.model.core.IntOrString;
import io.elbgateway.model.core.Namespace;
import io.elbgateway.model.core.PortProtocol;
import io.elbgateway.model.core.Service;
import io.elbgateway.model.core.ServicePort;
import io.elbgateway.model.core.ServiceSpec;
import io.elbgateway.model.gateway.AllowedRoutes;
import io.elbgateway.model.gateway.BackendRef;
import io.elbgateway.model.gateway.FromNamespaces;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.GatewayClass;
import io.elbgateway.model.gateway.GatewayClassSpec;
import io.elbgateway.model.gateway.GatewaySpec;
import io.elbgateway.model.gateway.Listener;
import io.elbgateway.model.gateway.ListenerTLSConfig;
import io.elbgateway.model.gateway.RouteNamespaces;
import io.elbgateway.model.gateway.TCPRoute;
import io.elbgateway.model.gateway.TCPRouteRule;
import io.elbgateway.model.gateway.TCPRouteSpec;
import io.elbgateway.model.gateway.TLSModeType;
import io.elbgateway.model.gateway.TLSRoute;
import io.elbgateway.model.gateway.TLSRouteRule;
import io.elbgateway.model.gateway.TLSRouteSpec;
import io.elbgateway.model.gateway.UDPRoute;
import io.elbgateway.model.gateway.UDPRouteRule;
import io.elbgateway.model.gateway.UDPRouteSpec;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.LabelSelector;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ObjectMeta;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.model.meta.RouteGroupKind;
import io.elbgateway.testkit.property.RandomSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One draw of a valid Network Load Balancer scenario: namespaces, the GatewayClass {@code nlb}, a
 * Gateway with 1 to 4 TCP, UDP and TLS listeners (TCP and UDP sometimes on one port; TLS
 * Passthrough on 443, Terminate with {@code tls.options} and a hostname on 8443), TCPRoutes,
 * UDPRoutes and TLSRoutes whose creation times are often equal (so that {@code namespace/name}
 * decides), their backends (one, sometimes several, sometimes invalid: a missing Service or port, an
 * unknown kind, another namespace without a ReferenceGrant), and the Services and EndpointSlices.
 */
final class NlbScenarioDraw {

  static final String GATEWAY_CLASS = "nlb";
  static final String CONTROLLER = "gateway.k8s.aws/nlb";

  /** Ports of TCP and UDP listeners: 7000 is shared, so TCP and UDP meet there. */
  static final List<Integer> TCP_PORTS = List.of(7000, 7001);

  static final List<Integer> UDP_PORTS = List.of(7000, 5300);
  static final int PASSTHROUGH_PORT = 443;
  static final int TERMINATE_PORT = 8443;

  /** TLS hostnames of listeners and TLSRoutes (overlapping). */
  static final List<String> TLS_HOSTNAMES = List.of("a.example.com", "*.example.com", "b.example.com");

  /** The Service ports: TCP 9000 and UDP 9053. */
  static final int TCP_SERVICE_PORT = 9000;

  static final int UDP_SERVICE_PORT = 9053;

  private final RandomSource source;
  private final Set<ObjectKey> services = new TreeSet<>();
  private int created;

  NlbScenarioDraw(RandomSource source) {
    this.source = source;
  }

  Scenario draw() {
    List<Namespace> namespaces = ScenarioDraw.namespaces(source);
    List<String> names = namespaces.stream().map(n -> n.metadata().name()).toList();
    Gateway gateway = gateway();
    List<KubernetesObject> routes = new ArrayList<>();
    int count = 0;
    while (more(source, count, 1, 5, 0.55)) {
      routes.add(route(count, gateway, names));
      count++;
    }
    List<KubernetesObject> objects = new ArrayList<>(namespaces);
    objects.add(
        GatewayClass.builder()
            .metadata(ObjectMeta.builder().name(GATEWAY_CLASS).creationTimestamp(ScenarioDraw.EPOCH).build())
            .spec(GatewayClassSpec.builder().controllerName(CONTROLLER).build())
            .build());
    objects.add(gateway);
    objects.addAll(routes);
    objects.addAll(backends());
    return new Scenario(
        objects, ObjectKey.of("gateway.networking.k8s.io", "Gateway", Vocabulary.NAMESPACES.get(0), Vocabulary.GATEWAY));
  }

  /** Metadata; the creation time is one of a few minutes, so that routes often tie. */
  private ObjectMeta meta(String namespace, String name, boolean tie) {
    created++;
    Instant time =
        tie ? ScenarioDraw.EPOCH.plusSeconds(60 * source.draw(2)) : ScenarioDraw.EPOCH.plusSeconds(created);
    return ObjectMeta.builder().namespace(namespace).name(name).creationTimestamp(time).build();
  }

  private Gateway gateway() {
    List<Listener> listeners = new ArrayList<>();
    Set<String> taken = new LinkedHashSet<>();
    int drawn = 0;
    while (more(source, drawn, 1, 4, 0.55)) {
      drawn++;
      Listener listener = listener(listeners.size());
      if (taken.add(listener.port() + "/" + listener.protocol())) {
        listeners.add(listener);
      }
    }
    return Gateway.builder()
        .metadata(meta(Vocabulary.NAMESPACES.get(0), Vocabulary.GATEWAY, false))
        .spec(GatewaySpec.builder().gatewayClassName(GATEWAY_CLASS).listeners(listeners).build())
        .build();
  }

  private Listener listener(int position) {
    int kind = index(source, 10);
    String protocol;
    int port;
    if (kind < 4) {
      protocol = "TCP";
      port = pick(source, TCP_PORTS);
    } else if (kind < 7) {
      protocol = "UDP";
      port = pick(source, UDP_PORTS);
    } else if (kind < 9) {
      protocol = "TLS";
      port = PASSTHROUGH_PORT;
    } else {
      protocol = "TLS";
      port = TERMINATE_PORT;
    }
    var listener =
        Listener.builder()
            .name(protocol.toLowerCase(java.util.Locale.ROOT) + "-" + port + "-" + position)
            .protocol(protocol)
            .port(port);
    if (port == PASSTHROUGH_PORT) {
      if (chance(source, 0.4)) {
        listener.hostname(pick(source, TLS_HOSTNAMES));
      }
      listener.tls(ListenerTLSConfig.builder().mode(TLSModeType.PASSTHROUGH).build());
    } else if (port == TERMINATE_PORT) {
      listener.hostname(pick(source, TLS_HOSTNAMES));
      listener.tls(
          ListenerTLSConfig.builder()
              .mode(TLSModeType.TERMINATE)
              .options(Map.of("gateway.k8s.aws/certificate-source", "acm"))
              .build());
    }
    listener.allowedRoutes(allowedRoutes(protocol));
    return listener.build();
  }

  private AllowedRoutes allowedRoutes(String protocol) {
    int shape = index(source, 16);
    var allowed = AllowedRoutes.builder();
    if (shape >= 6 && shape < 12) {
      allowed.namespaces(RouteNamespaces.builder().from(FromNamespaces.ALL).build());
    } else if (shape >= 12 && shape < 14) {
      allowed.namespaces(
          RouteNamespaces.builder()
              .from(FromNamespaces.SELECTOR)
              .selector(
                  LabelSelector.builder().matchLabels(Map.of(Vocabulary.TEAM_LABEL, pick(source, Vocabulary.TEAMS))).build())
              .build());
    }
    if (shape == 14) {
      allowed.addKinds(RouteGroupKind.of(kindOf(protocol)));
    } else if (shape == 15) {
      allowed.addKinds(RouteGroupKind.of(pick(source, List.of("TCPRoute", "UDPRoute", "TLSRoute"))));
    }
    return allowed.build();
  }

  private static String kindOf(String protocol) {
    return switch (protocol) {
      case "UDP" -> "UDPRoute";
      case "TLS" -> "TLSRoute";
      default -> "TCPRoute";
    };
  }

  /** A route that mostly fits a listener of the Gateway (its kind, sometimes its sectionName). */
  private KubernetesObject route(int position, Gateway gateway, List<String> namespaces) {
    List<Listener> listeners = gateway.spec().listeners();
    Listener aim = listeners.get(index(source, listeners.size()));
    String kind = chance(source, 0.9) ? kindOf(aim.protocol()) : pick(source, List.of("TCPRoute", "UDPRoute", "TLSRoute"));
    String namespace = chance(source, 0.4) ? namespaces.get(index(source, namespaces.size())) : namespaces.get(0);
    var parent = ParentReference.builder().name(Vocabulary.GATEWAY);
    if (!namespace.equals(Vocabulary.NAMESPACES.get(0)) || chance(source, 0.3)) {
      parent.namespace(Vocabulary.NAMESPACES.get(0));
    }
    if (chance(source, 0.3)) {
      parent.sectionName(aim.name());
    }
    ObjectMeta meta = meta(namespace, "route-" + position, true);
    int ruleCount = kind.equals("TLSRoute") ? 1 : (chance(source, 0.2) ? 2 : 1);
    List<List<BackendRef>> rules = new ArrayList<>();
    for (int i = 0; i < ruleCount; i++) {
      rules.add(backendRefs(namespace, kind, namespaces));
    }
    switch (kind) {
      case "UDPRoute":
        return UDPRoute.builder()
            .metadata(meta)
            .spec(
                UDPRouteSpec.builder()
                    .addParentRefs(parent.build())
                    .rules(rules.stream().map(r -> UDPRouteRule.builder().backendRefs(r).build()).toList())
                    .build())
            .build();
      case "TLSRoute":
        List<String> hostnames = new ArrayList<>();
        hostnames.add(pick(source, TLS_HOSTNAMES));
        if (chance(source, 0.2)) {
          String more = pick(source, TLS_HOSTNAMES);
          if (!hostnames.contains(more)) {
            hostnames.add(more);
          }
        }
        return TLSRoute.builder()
            .metadata(meta)
            .spec(
                TLSRouteSpec.builder()
                    .addParentRefs(parent.build())
                    .hostnames(hostnames)
                    .rules(rules.stream().map(r -> TLSRouteRule.builder().backendRefs(r).build()).toList())
                    .build())
            .build();
      default:
        return TCPRoute.builder()
            .metadata(meta)
            .spec(
                TCPRouteSpec.builder()
                    .addParentRefs(parent.build())
                    .rules(rules.stream().map(r -> TCPRouteRule.builder().backendRefs(r).build()).toList())
                    .build())
            .build();
    }
  }

  /** One backend, sometimes more (often the same Service again), sometimes an invalid one. */
  private List<BackendRef> backendRefs(String namespace, String kind, List<String> namespaces) {
    List<BackendRef> refs = new ArrayList<>();
    while (more(source, refs.size(), 1, 3, 0.2)) {
      refs.add(backendRef(namespace, kind, namespaces));
    }
    return refs;
  }

  private BackendRef backendRef(String namespace, String kind, List<String> namespaces) {
    int port = kind.equals("UDPRoute") ? UDP_SERVICE_PORT : TCP_SERVICE_PORT;
    var ref = BackendRef.builder().name(pick(source, Vocabulary.SERVICES)).port(port);
    int mistake = index(source, 20);
    if (mistake == 1) {
      ref.name(Vocabulary.MISSING_SERVICE);
    } else if (mistake == 2) {
      ref.port(Vocabulary.MISSING_PORT);
    } else if (mistake == 3) {
      ref.group("example.com").kind("Backend");
    } else if (mistake == 4 && namespaces.size() > 1) {
      String other = namespaces.stream().filter(n -> !n.equals(namespace)).findFirst().orElseThrow();
      ref.namespace(other);
    }
    int weight = index(source, 8);
    if (weight == 1) {
      ref.weight(0);
    } else if (weight == 2) {
      ref.weight(3);
    }
    BackendRef built = ref.build();
    if (built.targetsService() && !built.name().equals(Vocabulary.MISSING_SERVICE)) {
      services.add(ObjectKey.of("", "Service", built.namespace().orElse(namespace), built.name()));
    }
    return built;
  }

  /** A Service (TCP and UDP ports) and an EndpointSlice for each Service a backend names. */
  private List<KubernetesObject> backends() {
    List<KubernetesObject> objects = new ArrayList<>();
    for (ObjectKey key : services) {
      objects.add(
          Service.builder()
              .metadata(meta(key.namespace(), key.name(), false))
              .spec(
                  ServiceSpec.builder()
                      .addPorts(
                          ServicePort.builder().name("tcp").port(TCP_SERVICE_PORT).targetPort(IntOrString.of(9090)).build(),
                          ServicePort.builder()
                              .name("udp")
                              .protocol(PortProtocol.UDP)
                              .port(UDP_SERVICE_PORT)
                              .targetPort(IntOrString.of(9053))
                              .build())
                      .selector(Map.of("app", key.name()))
                      .build())
              .build());
      List<Endpoint> endpoints = new ArrayList<>();
      while (more(source, endpoints.size(), 0, 2, 0.7)) {
        endpoints.add(
            Endpoint.builder()
                .addAddresses("10.1." + objects.size() + "." + (endpoints.size() + 10))
                .conditions(EndpointConditions.builder().ready(true).build())
                .build());
      }
      objects.add(
          EndpointSlice.builder()
              .metadata(
                  ObjectMeta.builder()
                      .namespace(key.namespace())
                      .name(key.name() + "-1")
                      .labels(Map.of(EndpointSlice.SERVICE_NAME_LABEL, key.name()))
                      .creationTimestamp(ScenarioDraw.EPOCH)
                      .build())
              .addressType(AddressType.IPV4)
              .endpoints(endpoints)
              .addPorts(
                  EndpointPort.builder().name("tcp").port(9090).build(),
                  EndpointPort.builder().name("udp").protocol(PortProtocol.UDP).port(9053).build())
              .build());
    }
    return objects;
  }
}
