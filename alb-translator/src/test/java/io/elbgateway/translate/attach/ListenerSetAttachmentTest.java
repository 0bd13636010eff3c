/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import static io.elbgateway.translate.attach.AttachFixtures.GATEWAY_HEADER;
import static io.elbgateway.translate.attach.AttachFixtures.condition;
import static io.elbgateway.translate.attach.AttachFixtures.httpRoute;
import static io.elbgateway.translate.attach.AttachFixtures.isTrue;
import static io.elbgateway.translate.attach.AttachFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.status.Condition;
import io.elbgateway.model.status.ConditionStatus;
import io.elbgateway.model.status.GatewayStatus;
import io.elbgateway.model.status.ListenerSetStatus;
import io.elbgateway.model.status.ListenerStatus;
import io.elbgateway.translate.attach.AttachFixtures.Run;
import org.junit.jupiter.api.Test;

class ListenerSetAttachmentTest {

  private static String gateway(String allowedListeners) {
    return GATEWAY_HEADER
        + allowedListeners
        + "  listeners:\n"
        + "  - {name: http, port: 80, protocol: HTTP, hostname: gw.example.com}\n";
  }

  private static String listenerSet(String namespace, String name, String created, String entries) {
    return "---\n"
        + "apiVersion: gateway.networking.k8s.io/v1\n"
        + "kind: ListenerSet\n"
        + "metadata: {name: " + name + ", namespace: " + namespace
        + (created.isEmpty() ? "" : ", creationTimestamp: \"" + created + "\"") + "}\n"
        + "spec:\n"
        + "  parentRef: {name: gw, namespace: infra}\n"
        + "  listeners:\n"
        + entries;
  }

  private static ObjectKey setKey(String namespace, String name) {
    return ObjectKey.of("gateway.networking.k8s.io", "ListenerSet", namespace, name);
  }

  private static final String ENTRY = "  - {name: extra, port: 8080, protocol: HTTP}\n";
  private static final String ALL = "  allowedListeners: {namespaces: {from: All}}\n";

  private static String routeToSet(String namespace, String routeName, String setNamespace, String setName) {
    return httpRoute(
        namespace,
        routeName,
        "[{group: gateway.networking.k8s.io, kind: ListenerSet, name: " + setName + ", namespace: " + setNamespace + "}]",
        "[]");
  }

  private static ListenerSetStatus setStatus(Run run, String namespace, String name) {
    ListenerSetStatus status = run.translation.listenerSetStatuses().get(setKey(namespace, name));
    assertThat(status).as("status of ListenerSet %s/%s", namespace, name).isNotNull();
    return status;
  }

  @Test
  void aListenerSetTheGatewayDoesNotAllowIsToldSoAndTheGatewayCountsNone() {
    Run run = run(gateway("") + listenerSet("apps", "ls", "", ENTRY));
    ListenerSetStatus status = setStatus(run, "apps", "ls");
    Condition accepted = condition(status.conditions(), "Accepted");
    assertThat(accepted.status()).isEqualTo(ConditionStatus.FALSE);
    assertThat(accepted.reason()).isEqualTo("NotAllowed");
    assertThat(accepted.message()).contains("allowedListeners").contains("from: None");
    assertThat(status.listeners()).as("a refused set's entries are not listeners").isEmpty();
    GatewayStatus gateway = run.translation.gatewayStatuses().get(run.gateway.key());
    assertThat(gateway.attachedListenerSets()).contains(0);
    Condition attached = condition(gateway.conditions(), "AttachedListenerSets");
    assertThat(attached.status()).isEqualTo(ConditionStatus.FALSE);
    assertThat(attached.reason()).isEqualTo("ListenerSetsNotAllowed");
  }

  @Test
  void anAdmittedListenerSetReportsEachEntryWithItsPortConflictsAndAttachedRoutes() {
    Run run =
        run(
            gateway("  allowedListeners: {namespaces: {from: Selector, selector: {matchLabels: {team: apps}}}}\n")
                + listenerSet(
                    "apps",
                    "ls",
                    "",
                    "  - {name: taken, port: 80, protocol: HTTP, hostname: gw.example.com}\n"
                        + "  - {name: extra, port: 80, protocol: HTTP, hostname: apps.example.com}\n")
                + listenerSet("other", "refused", "", "  - {name: r, port: 9090, protocol: HTTP}\n")
                + routeToSet("apps", "mine", "apps", "ls"));
    ListenerSetStatus status = setStatus(run, "apps", "ls");
    Condition accepted = condition(status.conditions(), "Accepted");
    assertThat(accepted.status()).as("one usable entry keeps the set accepted").isEqualTo(ConditionStatus.TRUE);
    assertThat(accepted.reason()).isEqualTo("ListenersNotValid");
    assertThat(status.listeners()).extracting(ListenerStatus::name).containsExactly("taken", "extra");
    ListenerStatus taken = status.listeners().get(0);
    ListenerStatus extra = status.listeners().get(1);
    assertThat(taken.port()).contains(80);
    assertThat(condition(taken.conditions(), "Conflicted").reason()).isEqualTo("HostnameConflict");
    assertThat(condition(extra.conditions(), "Conflicted").reason()).isEqualTo("NoConflicts");
    // attachedRoutes counts what allowedRoutes and parentRefs let attach, usable or not (the spec's rule).
    assertThat(taken.attachedRoutes()).isEqualTo(1);
    assertThat(extra.attachedRoutes()).isEqualTo(1);
    assertThat(condition(setStatus(run, "other", "refused").conditions(), "Accepted").reason()).isEqualTo("NotAllowed");
    assertThat(run.listenerStatusNames()).as("entries stay out of the Gateway's listeners").containsExactly("http");
    GatewayStatus gateway = run.translation.gatewayStatuses().get(run.gateway.key());
    assertThat(gateway.attachedListenerSets()).contains(1);
    Condition attached = condition(gateway.conditions(), "AttachedListenerSets");
    assertThat(attached.reason()).isEqualTo("ListenerSetsAttached");
    assertThat(attached.message()).contains("1 of 2");
  }

  @Test
  void aGatewayNoListenerSetNamesHasNoListenerSetCountOrCondition() {
    Run run = run(gateway(ALL));
    GatewayStatus gateway = run.translation.gatewayStatuses().get(run.gateway.key());
    assertThat(gateway.attachedListenerSets()).isEmpty();
    assertThat(gateway.conditions()).extracting(Condition::type).doesNotContain("AttachedListenerSets");
    assertThat(run.translation.listenerSetStatuses()).isEmpty();
  }

  @Test
  void aGatewayAllowsNoListenerSetByDefault() {
    Run run = run(gateway("") + listenerSet("infra", "ls", "", ENTRY) + routeToSet("infra", "web", "infra", "ls"));
    assertThat(run.listeners).extracting(ResolvedListener::name).containsExactly("http");
    Condition accepted = run.httpRouteAccepted("infra", "web");
    assertThat(accepted.reason()).isEqualTo("NotAllowedByListeners");
    assertThat(accepted.message()).contains("allowedListeners").contains("from: None");
    assertThat(run.ports).extracting(ListenerPort::port).containsExactly(80);
  }

  @Test
  void sameAdmitsListenerSetsOfTheGatewaysNamespaceOnly() {
    Run run =
        run(
            gateway("  allowedListeners: {namespaces: {from: Same}}\n")
                + listenerSet("infra", "mine", "", ENTRY)
                + listenerSet("apps", "theirs", "", "  - {name: theirs, port: 9090, protocol: HTTP}\n"));
    assertThat(run.listeners).extracting(ResolvedListener::name).containsExactly("http", "extra");
    assertThat(run.listener("extra").parent()).isEqualTo(setKey("infra", "mine"));
  }

  @Test
  void selectorAdmitsListenerSetsFromNamespacesWithMatchingLabels() {
    Run run =
        run(
            gateway("  allowedListeners: {namespaces: {from: Selector, selector: {matchLabels: {team: apps}}}}\n")
                + listenerSet("apps", "a", "", ENTRY)
                + listenerSet("other", "o", "", "  - {name: o, port: 9090, protocol: HTTP}\n"));
    assertThat(run.listeners).extracting(ResolvedListener::name).containsExactly("http", "extra");
  }

  @Test
  void entriesFollowTheGatewaysListenersOldestListenerSetFirst() {
    Run run =
        run(
            gateway(ALL)
                + listenerSet("apps", "b", "2026-01-02T00:00:00Z", "  - {name: b1, port: 9001, protocol: HTTP}\n")
                + listenerSet("apps", "a", "2026-01-02T00:00:00Z", "  - {name: a1, port: 9002, protocol: HTTP}\n")
                + listenerSet("other", "z", "2026-01-01T00:00:00Z", "  - {name: z1, port: 9003, protocol: HTTP}\n")
                + listenerSet("apps", "none", "", "  - {name: n1, port: 9004, protocol: HTTP}\n"));
    assertThat(run.listeners).extracting(ResolvedListener::name).containsExactly("http", "z1", "a1", "b1", "n1");
    assertThat(run.listenerStatusNames()).as("entries are not Gateway listeners").containsExactly("http");
  }

  @Test
  void anEntryConflictingWithTheGatewayLosesAndTheGatewayListenerStays() {
    Run run =
        run(
            gateway(ALL)
                + listenerSet(
                    "apps",
                    "ls",
                    "",
                    "  - {name: http, port: 80, protocol: HTTP, hostname: gw.example.com}\n"
                        + "  - {name: secure, port: 80, protocol: HTTPS, tls: {options: {x.io/cert: a}}}\n"
                        + "  - {name: fine, port: 80, protocol: HTTP, hostname: ls.example.com}\n"));
    assertThat(run.listeners.get(1).parent()).isEqualTo(setKey("apps", "ls"));
    assertThat(run.listeners.get(1).usable()).as("hostname conflict with the Gateway's listener").isFalse();
    assertThat(run.listeners.get(2).usable()).as("protocol conflict with the Gateway's listener").isFalse();
    assertThat(run.listeners.get(3).usable()).isTrue();
    assertThat(run.listener("http").usable()).isTrue();
    assertThat(run.listenerCondition("http", "Conflicted").reason()).isEqualTo("NoConflicts");
    assertThat(run.gatewayCondition("Accepted").reason()).isEqualTo("Accepted");
    assertThat(run.port(80).listeners())
        .extracting(l -> l.parent().kind() + "/" + l.name())
        .containsExactly("Gateway/http", "ListenerSet/fine");
  }

  @Test
  void anEntryConflictingWithAnEarlierListenerSetLoses() {
    Run run =
        run(
            gateway(ALL)
                + listenerSet("apps", "old", "2026-01-01T00:00:00Z", "  - {name: x, port: 9000, protocol: HTTP}\n")
                + listenerSet("apps", "new", "2026-01-02T00:00:00Z", "  - {name: y, port: 9000, protocol: HTTP}\n"));
    assertThat(run.listener("x").usable()).isTrue();
    assertThat(run.listener("y").usable()).isFalse();
  }

  @Test
  void routesAttachToEntriesWithAllowedRoutesRelativeToTheListenerSet() {
    Run run =
        run(
            gateway(ALL)
                + listenerSet("apps", "ls", "", "  - {name: extra, port: 80, protocol: HTTP, hostname: apps.example.com}\n")
                + routeToSet("apps", "mine", "apps", "ls")
                + routeToSet("infra", "foreign", "apps", "ls"));
    assertThat(isTrue(run.httpRouteAccepted("apps", "mine"))).isTrue();
    assertThat(run.httpRouteAccepted("infra", "foreign").reason()).isEqualTo("NotAllowedByListeners");
    assertThat(run.attachmentNames()).containsExactly("mine@extra");
    assertThat(run.attachments().get(0).hostnames()).containsExactly("apps.example.com");
    assertThat(run.port(80).listeners()).extracting(ResolvedListener::name).containsExactly("http", "extra");
  }

  @Test
  void aRouteNamingTheGatewayDoesNotReachListenerSetEntries() {
    Run run =
        run(
            gateway(ALL)
                + listenerSet("infra", "ls", "", ENTRY)
                + httpRoute("infra", "web", "[{name: gw, sectionName: extra}]", "[]"));
    assertThat(run.httpRouteAccepted("infra", "web").reason()).isEqualTo("NoMatchingParent");
  }

  @Test
  void anEntryOnPortZeroIsNotUsable() {
    Run run = run(gateway(ALL) + listenerSet("infra", "ls", "", "  - {name: auto, protocol: HTTP}\n"));
    assertThat(run.listener("auto").usable()).isFalse();
    assertThat(run.ports).extracting(ListenerPort::port).containsExactly(80);
  }

  @Test
  void theExperimentalXListenerSetWorksToo() {
    String xset =
        "---\n"
            + "apiVersion: gateway.networking.x-k8s.io/v1alpha1\n"
            + "kind: XListenerSet\n"
            + "metadata: {name: xs, namespace: infra}\n"
            + "spec:\n"
            + "  parentRef: {name: gw, namespace: infra}\n"
            + "  listeners: [{name: x, port: 8080, protocol: HTTP}]\n";
    Run run =
        run(
            gateway(ALL)
                + xset
                + httpRoute(
                    "infra", "web", "[{group: gateway.networking.x-k8s.io, kind: XListenerSet, name: xs}]", "[]"));
    assertThat(run.listener("x").parent())
        .isEqualTo(ObjectKey.of("gateway.networking.x-k8s.io", "XListenerSet", "infra", "xs"));
    assertThat(run.attachmentNames()).containsExactly("web@x");
  }
}
