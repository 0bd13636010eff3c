/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.status;

import io.elbgateway.model.aws.ListenerRuleConfiguration;
import io.elbgateway.model.aws.ImmutableListenerRuleConfigurationStatus;
import io.elbgateway.model.aws.ListenerRuleConfigurationStatus;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.GatewayClass;
import io.elbgateway.model.gateway.ListenerSet;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.model.status.GatewayClassStatus;
import io.elbgateway.model.status.ImmutableGatewayClassStatus;
import io.elbgateway.model.status.ImmutableRouteStatus;
import io.elbgateway.model.status.RouteStatus;
import io.elbgateway.model.status.SupportedFeature;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.Diagnostic;
import io.elbgateway.translate.ImmutableTranslation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything one translation reports, collected as its stages run: GatewayClass, Gateway, listener,
 * route and ListenerRuleConfiguration statuses, and declared deviations. Not thread-safe: one
 * translation, one collector.
 */
public final class StatusCollector {

  private final Map<String, GatewayClassStatus> classes = new TreeMap<>();
  private final Map<ObjectKey, GatewayRecorder> gateways = new TreeMap<>();
  private final Map<ObjectKey, Map<ParentReference, RouteParentRecorder>> routes = new TreeMap<>();
  private final Map<ObjectKey, ListenerSetRecorder> listenerSets = new TreeMap<>();
  private final Map<ObjectKey, ListenerRuleConfigurationStatus> listenerRuleConfigurations = new TreeMap<>();
  private final Map<String, Diagnostic> diagnostics = new TreeMap<>();

  /** The status of a GatewayClass this controller owns. */
  public void gatewayClass(GatewayClass gatewayClass, boolean accepted, String reason, String message, List<String> supportedFeatures) {
    ImmutableGatewayClassStatus.Builder status =
        GatewayClassStatus.builder()
            .addConditions(ConditionFactory.of(gatewayClass, Reasons.ACCEPTED, accepted, reason, message));
    new TreeSet<>(supportedFeatures).forEach(f -> status.addSupportedFeatures(SupportedFeature.of(f)));
    classes.put(gatewayClass.metadata().name(), status.build());
  }

  /** The recorder of a Gateway's status. */
  public GatewayRecorder gateway(Gateway gateway) {
    return gateways.computeIfAbsent(gateway.key(), k -> new GatewayRecorder(gateway));
  }

  /** The recorder of one ListenerSet. */
  public ListenerSetRecorder listenerSet(ListenerSet set) {
    return listenerSets.computeIfAbsent(set.key(), k -> new ListenerSetRecorder(set));
  }

  /**
   * The recorder of a ListenerSet that {@link #listenerSet(ListenerSet)} already made.
   *
   * @throws IllegalStateException when there is none: a stage counted a listener of a ListenerSet
   *     the resolver never saw
   */
  public ListenerSetRecorder listenerSet(ObjectKey key) {
    ListenerSetRecorder recorder = listenerSets.get(key);
    if (recorder == null) {
      throw new IllegalStateException("no ListenerSet recorder for " + key.display());
    }
    return recorder;
  }

  /** The recorder of a route's status for one parent reference, written by {@code controllerName}. */
  public RouteParentRecorder routeParent(Route route, ParentReference parentRef, String controllerName) {
    return routes
        .computeIfAbsent(route.key(), k -> new LinkedHashMap<>())
        .computeIfAbsent(parentRef, p -> new RouteParentRecorder(route, parentRef, controllerName));
  }

  /**
   * The status of a ListenerRuleConfiguration that a route uses: accepted unless some use found it
   * unusable (the first such message is kept).
   */
  public void listenerRuleConfiguration(ListenerRuleConfiguration configuration, boolean accepted, String message) {
    ListenerRuleConfigurationStatus earlier = listenerRuleConfigurations.get(configuration.key());
    if (earlier != null && !earlier.accepted().orElse(true)) {
      return;
    }
    ImmutableListenerRuleConfigurationStatus.Builder status =
        ListenerRuleConfigurationStatus.builder().accepted(accepted).message(message);
    configuration.metadata().generation().ifPresent(status::observedGeneration);
    listenerRuleConfigurations.put(configuration.key(), status.build());
  }

  /** A declared deviation: where ALB does not do exactly what the spec says. Repeats are kept once. */
  public void deviation(KubernetesObject object, String path, DeviationCode code, String message) {
    Diagnostic diagnostic = Diagnostic.of(object.key(), path, code, message);
    diagnostics.putIfAbsent(object.key() + "|" + path + "|" + code + "|" + message, diagnostic);
  }

  /** Adds every collected status to a translation. */
  public void fill(ImmutableTranslation.Builder translation) {
    translation.putAllGatewayClassStatuses(classes);
    gateways.forEach((key, recorder) -> translation.putGatewayStatus(key, recorder.build()));
    routes.forEach(
        (key, parents) -> {
          ImmutableRouteStatus.Builder status = RouteStatus.builder();
          parents.values().forEach(p -> status.addParents(p.build()));
          translation.putRouteStatus(key, status.build());
        });
    listenerSets.forEach((key, recorder) -> translation.putListenerSetStatus(key, recorder.build()));
    translation.putAllListenerRuleConfigurationStatuses(listenerRuleConfigurations);
    List<Diagnostic> sorted = new ArrayList<>(diagnostics.values());
    sorted.sort(
        Comparator.comparing(Diagnostic::object)
            .thenComparing(Diagnostic::path)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message));
    translation.addAllDiagnostics(sorted);
  }
}
