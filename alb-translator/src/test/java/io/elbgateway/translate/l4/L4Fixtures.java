/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.l4;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.Listener;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.TestSnapshots;
import io.elbgateway.model.status.Condition;
import io.elbgateway.model.status.ListenerStatus;
import io.elbgateway.translate.Diagnostic;
import io.elbgateway.translate.Translation;
import io.elbgateway.translate.Translator;
import io.elbgateway.translate.TranslatorOptions;
import java.util.List;

/**
 * Translates YAML with an NLB GatewayClass {@code nlb}, an ALB GatewayClass {@code alb}, namespaces
 * {@code infra} and {@code apps}, and Services {@code apps/echo} (port 7000 → 7070, nodePort 30070,
 * one ready endpoint) and {@code apps/dns} (port 53, UDP).
 */
final class L4Fixtures {

  static final String BASE =
      String.join(
          "\n",
          "apiVersion: gateway.networking.k8s.io/v1",
          "kind: GatewayClass",
          "metadata: {name: nlb}",
          "spec: {controllerName: gateway.k8s.aws/nlb}",
          "---",
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
          "metadata: {name: apps}",
          "---",
          "apiVersion: v1",
          "kind: Service",
          "metadata: {name: echo, namespace: apps}",
          "spec:",
          "  type: NodePort",
          "  ports: [{name: tcp, port: 7000, targetPort: 7070, nodePort: 30070}]",
          "---",
          "apiVersion: discovery.k8s.io/v1",
          "kind: EndpointSlice",
          "metadata: {name: echo-1, namespace: apps, labels: {kubernetes.io/service-name: echo}}",
          "addressType: IPv4",
          "ports: [{name: tcp, port: 7070}]",
          "endpoints:",
          "- {addresses: [10.0.0.1], conditions: {ready: true}, zone: us-east-1a}",
          "---",
          "apiVersion: v1",
          "kind: Service",
          "metadata: {name: dns, namespace: apps}",
          "spec:",
          "  ports: [{name: dns, port: 53, targetPort: 5353, protocol: UDP}]",
          "---",
          "");

  /** A Gateway infra/gw of class nlb whose listeners follow (indented list items). */
  static String gateway(String... listeners) {
    return "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: gw, namespace: infra}\n"
        + "spec:\n  gatewayClassName: nlb\n  listeners:\n"
        + String.join("", java.util.Arrays.stream(listeners).map(l -> "  - " + l + "\n").toList())
        + "---\n";
  }

  /** A route of {@code kind} in apps named {@code name}, created at minute {@code minute}. */
  static String route(String kind, String name, int minute, String parentRefs, String backendRefs) {
    return "apiVersion: gateway.networking.k8s.io/v1alpha2\nkind: " + kind + "\n"
        + "metadata: {name: " + name + ", namespace: apps, creationTimestamp: \"2026-01-01T00:"
        + String.format("%02d", minute) + ":00Z\"}\n"
        + "spec:\n  parentRefs: " + parentRefs + "\n  rules:\n  - backendRefs: " + backendRefs + "\n---\n";
  }

  static final String ALL_NAMESPACES = "allowedRoutes: {namespaces: {from: All}}";
  static final String TO_GW = "[{name: gw, namespace: infra}]";
  static final String ECHO = "[{name: echo, port: 7000}]";

  private L4Fixtures() {}

  static ClusterSnapshot snapshot(String yaml) {
    return TestSnapshots.unvalidated(BASE + yaml);
  }

  static Run run(String yaml) {
    return run(yaml, TranslatorOptions.defaults());
  }

  static Run run(String yaml, TranslatorOptions options) {
    Translation translation =
        Translator.builder().options(options).serviceLoader(false).build().translate(snapshot(yaml));
    return new Run(translation);
  }

  /** The outcome of one translation, read for infra/gw. */
  static final class Run {
    static final ObjectKey GW = ObjectKey.of("gateway.networking.k8s.io", "Gateway", "infra", "gw");
    final Translation translation;

    Run(Translation translation) {
      this.translation = translation;
    }

    ElbStack stack() {
      return translation.stack(GW).orElseThrow();
    }

    List<Listener> listeners() {
      return stack().listeners();
    }

    Listener listener(int port) {
      return listeners().stream().filter(l -> l.port() == port).findFirst().orElseThrow();
    }

    TargetGroup targetGroup(String key) {
      return stack().targetGroups().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    /** The single target group a listener forwards to. */
    TargetGroup forwardedBy(int port) {
      Listener listener = listener(port);
      assertThat(listener.defaultActions()).hasSize(1);
      assertThat(listener.defaultActions().get(0).forwardConfig().orElseThrow().targetGroups()).hasSize(1);
      return targetGroup(listener.defaultActions().get(0).forwardConfig().get().targetGroups().get(0).targetGroupKey().orElseThrow());
    }

    Condition route(String kind, String name, String type) {
      ObjectKey key = ObjectKey.of("gateway.networking.k8s.io", kind, "apps", name);
      return condition(translation.routeStatuses().get(key).parents().get(0).conditions(), type);
    }

    ListenerStatus listenerStatus(String name) {
      return translation.gatewayStatuses().get(GW).listeners().stream()
          .filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    Condition listenerCondition(String name, String type) {
      return condition(listenerStatus(name).conditions(), type);
    }

    List<String> diagnostics() {
      return translation.diagnostics().stream().map(Diagnostic::message).toList();
    }
  }

  static Condition condition(List<Condition> conditions, String type) {
    return conditions.stream().filter(c -> c.type().equals(type)).findFirst().orElseThrow(
        () -> new AssertionError("no condition " + type + " in " + conditions));
  }
}
