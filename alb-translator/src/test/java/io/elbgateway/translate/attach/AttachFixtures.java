/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.translate.TestContexts;
import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.TestSnapshots;
import io.elbgateway.model.status.Condition;
import io.elbgateway.model.status.ConditionStatus;
import io.elbgateway.model.status.GatewayStatus;
import io.elbgateway.model.status.ListenerStatus;
import io.elbgateway.model.status.RouteParentStatus;
import io.elbgateway.model.status.RouteStatus;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.ImmutableTranslation;
import io.elbgateway.translate.Translation;
import io.elbgateway.translate.status.StatusCollector;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs {@link ListenerResolver} and {@link RouteAttacher} on a snapshot read from YAML (without
 * validation, so tests can feed what the API server would reject) and reads back the statuses.
 */
final class AttachFixtures {

  /** The namespace of the Gateway {@code gw} in {@link #GATEWAY_HEADER}. */
  static final String INFRA = "infra";

  /** A GatewayClass, the namespaces {@code infra}, {@code apps} (label team=apps) and {@code other}. */
  static final String BASE =
      String.join(
          "\n",
          "apiVersion: gateway.networking.k8s.io/v1",
          "kind: GatewayClass",
          "metadata: {name: alb}",
          "spec: {controllerName: gateway.k8s.aws/alb}",
          "---",
          "apiVersion: v1",
          "kind: Namespace",
          "metadata: {name: infra}",
          "---",
          "apiVersion: v1",
          "kind: Namespace",
          "metadata: {name: apps, labels: {team: apps}}",
          "---",
          "apiVersion: v1",
          "kind: Namespace",
          "metadata: {name: other}",
          "---",
          "");

  /** The start of the Gateway infra/gw, up to its listeners. */
  static final String GATEWAY_HEADER =
      String.join(
          "\n",
          "apiVersion: gateway.networking.k8s.io/v1",
          "kind: Gateway",
          "metadata: {name: gw, namespace: infra}",
          "spec:",
          "  gatewayClassName: alb",
          "");

  private AttachFixtures() {}

  static ClusterSnapshot snapshot(String yaml) {
    return TestSnapshots.unvalidated(BASE + yaml);
  }

  static Run run(String yaml) {
    return run(snapshot(yaml), LoadBalancerConfigurationSpec.builder().build());
  }

  static Run run(ClusterSnapshot snapshot, LoadBalancerConfigurationSpec configuration) {
    return run(snapshot, configuration, "gw");
  }

  static Run run(ClusterSnapshot snapshot, LoadBalancerConfigurationSpec configuration, String gatewayName) {
    Gateway gateway = snapshot.get(Gateway.class, INFRA, gatewayName).orElseThrow();
    StatusCollector collector = new StatusCollector();
    GatewayContext context = TestContexts.builder(snapshot, gateway).configuration(configuration).statuses(collector).build();
    List<ResolvedListener> listeners = ListenerResolver.resolve(context);
    List<ListenerPort> ports = RouteAttacher.attach(context, listeners);
    ImmutableTranslation.Builder builder = Translation.builder();
    collector.fill(builder);
    return new Run(gateway, listeners, ports, builder.build());
  }

  /** What one run produced. */
  static final class Run {
    final Gateway gateway;
    final List<ResolvedListener> listeners;
    final List<ListenerPort> ports;
    final Translation translation;

    Run(Gateway gateway, List<ResolvedListener> listeners, List<ListenerPort> ports, Translation translation) {
      this.gateway = gateway;
      this.listeners = listeners;
      this.ports = ports;
      this.translation = translation;
    }

    ResolvedListener listener(String name) {
      return listeners.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    GatewayStatus gatewayStatus() {
      return translation.gatewayStatuses().get(gateway.key());
    }

    ListenerStatus listenerStatus(String name) {
      return gatewayStatus().listeners().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    List<String> listenerStatusNames() {
      return gatewayStatus().listeners().stream().map(ListenerStatus::name).collect(Collectors.toList());
    }

    Condition listenerCondition(String name, String type) {
      return condition(listenerStatus(name).conditions(), type);
    }

    Condition gatewayCondition(String type) {
      return condition(gatewayStatus().conditions(), type);
    }

    /** The status entries of a route ({@code Kind namespace/name}); empty when none was written. */
    List<RouteParentStatus> routeParents(String kind, String namespace, String name) {
      RouteStatus status = translation.routeStatuses().get(ObjectKey.of("gateway.networking.k8s.io", kind, namespace, name));
      return status == null ? List.of() : status.parents();
    }

    RouteParentStatus routeParent(String kind, String namespace, String name, ParentReference parentRef) {
      return routeParents(kind, namespace, name).stream()
          .filter(p -> p.parentRef().equals(parentRef))
          .findFirst()
          .orElseThrow();
    }

    /** The single parent status of an HTTPRoute. */
    Condition httpRouteAccepted(String namespace, String name) {
      List<RouteParentStatus> parents = routeParents("HTTPRoute", namespace, name);
      assertThat(parents).hasSize(1);
      return condition(parents.get(0).conditions(), "Accepted");
    }

    /** Every attachment of every port. */
    List<RouteAttachment> attachments() {
      return ports.stream().flatMap(p -> p.attachments().stream()).collect(Collectors.toList());
    }

    /** {@code route-name@listener-name} of every attachment, in port order. */
    List<String> attachmentNames() {
      return attachments().stream()
          .map(a -> a.route().metadata().name() + "@" + a.listener().name())
          .collect(Collectors.toList());
    }

    ListenerPort port(int port) {
      return ports.stream().filter(p -> p.port() == port).findFirst().orElseThrow();
    }
  }

  static Condition condition(List<Condition> conditions, String type) {
    return conditions.stream().filter(c -> c.type().equals(type)).findFirst().orElseThrow();
  }

  static boolean isTrue(Condition condition) {
    return condition.status() == ConditionStatus.TRUE;
  }

  /** An HTTPRoute in {@code namespace} with these parentRef lines and hostnames. */
  static String httpRoute(String namespace, String name, String parentRefs, String hostnames) {
    return String.join(
        "\n",
        "---",
        "apiVersion: gateway.networking.k8s.io/v1",
        "kind: HTTPRoute",
        "metadata: {name: " + name + ", namespace: " + namespace + "}",
        "spec:",
        "  parentRefs: " + parentRefs,
        "  hostnames: " + hostnames,
        "  rules: [{backendRefs: [{name: svc, port: 80}]}]",
        "");
  }

  /** An HTTPRoute attached to the whole Gateway infra/gw, without hostnames. */
  static String httpRoute(String namespace, String name) {
    return httpRoute(namespace, name, "[{name: gw, namespace: infra}]", "[]");
  }
}
