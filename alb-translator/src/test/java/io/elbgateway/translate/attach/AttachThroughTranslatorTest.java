/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import static io.elbgateway.translate.attach.AttachFixtures.GATEWAY_HEADER;
import static io.elbgateway.translate.attach.AttachFixtures.condition;
import static io.elbgateway.translate.attach.AttachFixtures.httpRoute;
import static io.elbgateway.translate.attach.AttachFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.model.status.Condition;
import io.elbgateway.model.status.ConditionStatus;
import io.elbgateway.model.status.GatewayStatus;
import io.elbgateway.model.status.ListenerSetStatus;
import io.elbgateway.model.status.ListenerStatus;
import io.elbgateway.translate.Translation;
import io.elbgateway.translate.Translator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The attachment stage as the translator runs it: statuses reach the translation, in any input order. */
class AttachThroughTranslatorTest {

  private static final String INPUT =
      GATEWAY_HEADER
          + "  listeners:\n"
          + "  - {name: http, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: All}}}\n"
          + "  - {name: tcp, port: 81, protocol: TCP}\n"
          + httpRoute("apps", "web")
          + httpRoute("infra", "lost", "[{name: gw, sectionName: nope}]", "[]")
          + httpRoute("apps", "b", "[{name: gw, namespace: infra}]", "[b.example.com]")
          + httpRoute("apps", "a", "[{name: gw, namespace: infra}]", "[a.example.com]");

  private static Translation translate(ClusterSnapshot snapshot) {
    return Translator.builder().serviceLoader(false).build().translate(snapshot);
  }

  @Test
  void listenerAndRouteStatusesReachTheTranslation() {
    Translation translation = translate(snapshot(INPUT));
    GatewayStatus gateway = translation.gatewayStatuses().get(ObjectKey.of("gateway.networking.k8s.io", "Gateway", "infra", "gw"));
    assertThat(gateway.listeners()).extracting(ListenerStatus::name).containsExactly("http", "tcp");
    assertThat(gateway.listeners().get(0).attachedRoutes()).isEqualTo(3);
    assertThat(condition(gateway.conditions(), "Accepted").reason()).isEqualTo("ListenersNotValid");
    ObjectKey lost = ObjectKey.of("gateway.networking.k8s.io", "HTTPRoute", "infra", "lost");
    assertThat(condition(translation.routeStatuses().get(lost).parents().get(0).conditions(), "Accepted").reason())
        .isEqualTo("NoMatchingParent");
  }

  @Test
  void theOutcomeDoesNotDependOnInputOrder() {
    ClusterSnapshot snapshot = snapshot(INPUT);
    List<KubernetesObject> objects = new ArrayList<>(snapshot.objects());
    Collections.reverse(objects);
    Translation reversed = translate(ClusterSnapshot.of(objects));
    Translation forward = translate(snapshot);
    assertThat(reversed.gatewayStatuses()).isEqualTo(forward.gatewayStatuses());
    assertThat(reversed.routeStatuses()).isEqualTo(forward.routeStatuses());
  }

  @Test
  void aListenerSetOfARejectedGatewayIsToldItsParentIsNotAccepted() {
    Translation translation =
        translate(
            snapshot(
                GATEWAY_HEADER
                    + "  infrastructure: {parametersRef: {group: gateway.k8s.aws, kind: LoadBalancerConfiguration,"
                    + " name: missing}}\n"
                    + "  allowedListeners: {namespaces: {from: All}}\n"
                    + "  listeners:\n"
                    + "  - {name: http, port: 80, protocol: HTTP}\n"
                    + "---\n"
                    + "apiVersion: gateway.networking.k8s.io/v1\n"
                    + "kind: ListenerSet\n"
                    + "metadata: {name: ls, namespace: apps}\n"
                    + "spec:\n"
                    + "  parentRef: {name: gw, namespace: infra}\n"
                    + "  listeners:\n"
                    + "  - {name: extra, port: 8080, protocol: HTTP}\n"));
    GatewayStatus gateway = translation.gatewayStatuses().get(ObjectKey.of("gateway.networking.k8s.io", "Gateway", "infra", "gw"));
    assertThat(condition(gateway.conditions(), "Accepted").reason()).isEqualTo("InvalidParameters");
    ListenerSetStatus set =
        translation.listenerSetStatuses().get(ObjectKey.of("gateway.networking.k8s.io", "ListenerSet", "apps", "ls"));
    Condition accepted = condition(set.conditions(), "Accepted");
    assertThat(accepted.status()).isEqualTo(ConditionStatus.FALSE);
    assertThat(accepted.reason()).isEqualTo("ParentNotAccepted");
    assertThat(accepted.message()).contains("infra/gw").contains("InvalidParameters");
    assertThat(set.listeners()).isEmpty();
  }
}
