/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import static io.elbgateway.translate.attach.AttachFixtures.GATEWAY_HEADER;
import static io.elbgateway.translate.attach.AttachFixtures.httpRoute;
import static io.elbgateway.translate.attach.AttachFixtures.isTrue;
import static io.elbgateway.translate.attach.AttachFixtures.run;
import static io.elbgateway.translate.attach.AttachFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.core.Namespace;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.meta.ObjectMeta;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.model.status.Condition;
import io.elbgateway.translate.attach.AttachFixtures.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteAttacherTest {

  private static final String TWO_LISTENERS =
      GATEWAY_HEADER
          + "  listeners:\n"
          + "  - {name: http, port: 80, protocol: HTTP}\n"
          + "  - {name: https, port: 443, protocol: HTTPS, tls: {options: {x.io/cert: a}}}\n";

  private static String listener(String yaml) {
    return GATEWAY_HEADER + "  listeners:\n" + yaml;
  }

  @Test
  void aRouteNamingTheGatewayAttachesToEveryListenerAndIsCountedOnEach() {
    Run run = run(TWO_LISTENERS + httpRoute("infra", "web"));
    assertThat(isTrue(run.httpRouteAccepted("infra", "web"))).isTrue();
    assertThat(run.attachmentNames()).containsExactly("web@http", "web@https");
    assertThat(run.listenerStatus("http").attachedRoutes()).isEqualTo(1);
    assertThat(run.listenerStatus("https").attachedRoutes()).isEqualTo(1);
    assertThat(run.attachments().get(0).hostnames()).isEmpty();
    assertThat(run.attachments().get(0).parentRef().name()).isEqualTo("gw");
  }

  @Test
  void sectionNameSelectsOneListener() {
    Run run = run(TWO_LISTENERS + httpRoute("infra", "web", "[{name: gw, sectionName: https}]", "[]"));
    assertThat(run.attachmentNames()).containsExactly("web@https");
    assertThat(run.listenerStatus("http").attachedRoutes()).isZero();
    assertThat(run.listenerStatus("https").attachedRoutes()).isEqualTo(1);
  }

  @Test
  void anUnknownSectionNameIsNoMatchingParentAndListsTheListeners() {
    Run run = run(TWO_LISTENERS + httpRoute("infra", "web", "[{name: gw, sectionName: htps}]", "[]"));
    Condition accepted = run.httpRouteAccepted("infra", "web");
    assertThat(isTrue(accepted)).isFalse();
    assertThat(accepted.reason()).isEqualTo("NoMatchingParent");
    assertThat(accepted.message())
        .contains(".spec.parentRefs[0]")
        .contains("\"htps\"")
        .contains("\"http\" on port 80")
        .contains("\"https\" on port 443");
    assertThat(run.attachments()).isEmpty();
  }

  @Test
  void portSelectsListenersAndMustMatchTogetherWithSectionName() {
    Run byPort = run(TWO_LISTENERS + httpRoute("infra", "web", "[{name: gw, port: 443}]", "[]"));
    assertThat(byPort.attachmentNames()).containsExactly("web@https");
    Run mismatch = run(TWO_LISTENERS + httpRoute("infra", "web", "[{name: gw, sectionName: http, port: 443}]", "[]"));
    Condition accepted = mismatch.httpRouteAccepted("infra", "web");
    assertThat(accepted.reason()).isEqualTo("NoMatchingParent");
    assertThat(accepted.message()).contains("port 443");
    assertThat(mismatch.attachments()).isEmpty();
  }

  @Test
  void sameNamespaceIsTheDefaultAndRefusesOtherNamespaces() {
    Run run = run(TWO_LISTENERS + httpRoute("other", "web"));
    Condition accepted = run.httpRouteAccepted("other", "web");
    assertThat(isTrue(accepted)).isFalse();
    assertThat(accepted.reason()).isEqualTo("NotAllowedByListeners");
    assertThat(accepted.message()).contains("namespace other").contains("from: Same");
    assertThat(run.attachments()).isEmpty();
    assertThat(run.listenerStatus("http").attachedRoutes()).isZero();
  }

  @Test
  void fromAllAdmitsEveryNamespace() {
    Run run =
        run(
            listener("  - {name: http, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: All}}}\n")
                + httpRoute("other", "web"));
    assertThat(isTrue(run.httpRouteAccepted("other", "web"))).isTrue();
    assertThat(run.attachmentNames()).containsExactly("web@http");
  }

  private static final String SELECTOR_LISTENER =
      listener(
          "  - name: http\n"
              + "    port: 80\n"
              + "    protocol: HTTP\n"
              + "    allowedRoutes: {namespaces: {from: Selector, selector: {matchLabels: {team: apps}}}}\n");

  @Test
  void selectorAdmitsOnlyNamespacesWhoseLabelsMatch() {
    Run run = run(SELECTOR_LISTENER + httpRoute("apps", "web") + httpRoute("other", "web2"));
    assertThat(isTrue(run.httpRouteAccepted("apps", "web"))).isTrue();
    Condition refused = run.httpRouteAccepted("other", "web2");
    assertThat(refused.reason()).isEqualTo("NotAllowedByListeners");
    assertThat(refused.message()).contains("do not match the selector");
    assertThat(run.attachmentNames()).containsExactly("web@http");
    assertThat(run.listenerStatus("http").attachedRoutes()).isEqualTo(1);
  }

  @Test
  void removingTheLabelDetachesTheRoute() {
    ClusterSnapshot labelled = snapshot(SELECTOR_LISTENER + httpRoute("apps", "web"));
    ClusterSnapshot unlabelled =
        labelled.toBuilder()
            .add(Namespace.builder().metadata(ObjectMeta.builder().name("apps").build()).build())
            .build();
    Run run = run(unlabelled, LoadBalancerConfigurationSpec.builder().build());
    assertThat(run.httpRouteAccepted("apps", "web").reason()).isEqualTo("NotAllowedByListeners");
    assertThat(run.attachments()).isEmpty();
  }

  @Test
  void aSelectorWithoutSelectorAdmitsNothing() {
    Run run =
        run(
            listener("  - {name: http, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: Selector}}}\n")
                + httpRoute("infra", "web"));
    assertThat(run.httpRouteAccepted("infra", "web").reason()).isEqualTo("NotAllowedByListeners");
    assertThat(run.attachments()).isEmpty();
  }

  private static String grpcRoute(String parentRefs) {
    return "---\n"
        + "apiVersion: gateway.networking.k8s.io/v1\n"
        + "kind: GRPCRoute\n"
        + "metadata: {name: rpc, namespace: infra}\n"
        + "spec:\n"
        + "  parentRefs: " + parentRefs + "\n"
        + "  rules: [{backendRefs: [{name: svc, port: 50051}]}]\n";
  }

  @Test
  void aGrpcRouteAttachesOnlyToHttpsListeners() {
    Run run = run(TWO_LISTENERS + grpcRoute("[{name: gw}]"));
    assertThat(run.attachmentNames()).containsExactly("rpc@https");
    assertThat(run.listenerStatus("http").attachedRoutes()).isZero();
    assertThat(run.listenerStatus("https").attachedRoutes()).isEqualTo(1);
    Run httpOnly = run(TWO_LISTENERS + grpcRoute("[{name: gw, sectionName: http}]"));
    Condition accepted =
        AttachFixtures.condition(httpOnly.routeParents("GRPCRoute", "infra", "rpc").get(0).conditions(), "Accepted");
    assertThat(accepted.reason()).isEqualTo("NotAllowedByListeners");
    assertThat(accepted.message()).contains("h2c");
    assertThat(httpOnly.attachments()).isEmpty();
  }

  @Test
  void aKindMissingFromAllowedRoutesKindsIsRefused() {
    Run run =
        run(
            listener(
                    "  - name: https\n"
                        + "    port: 443\n"
                        + "    protocol: HTTPS\n"
                        + "    tls: {options: {x.io/cert: a}}\n"
                        + "    allowedRoutes: {kinds: [{kind: HTTPRoute}]}\n")
                + grpcRoute("[{name: gw}]"));
    Condition accepted =
        AttachFixtures.condition(run.routeParents("GRPCRoute", "infra", "rpc").get(0).conditions(), "Accepted");
    assertThat(accepted.reason()).isEqualTo("NotAllowedByListeners");
    assertThat(accepted.message()).contains("allowedRoutes.kinds are HTTPRoute");
    assertThat(run.attachments()).isEmpty();
  }

  @Test
  void aSectionNameOfAnotherGatewaysListenerNeverAttachesHere() {
    String otherGateway =
        "---\n"
            + "apiVersion: gateway.networking.k8s.io/v1\n"
            + "kind: Gateway\n"
            + "metadata: {name: gw-b, namespace: infra}\n"
            + "spec:\n"
            + "  gatewayClassName: alb\n"
            + "  listeners: [{name: other, port: 80, protocol: HTTP}]\n";
    Run run = run(TWO_LISTENERS + otherGateway + httpRoute("infra", "web", "[{name: gw-b, sectionName: https}]", "[]"));
    assertThat(run.attachments()).isEmpty();
    assertThat(run.routeParents("HTTPRoute", "infra", "web")).as("gw-b's status is not gw's to write").isEmpty();
    assertThat(run.listenerStatus("https").attachedRoutes()).isZero();
  }

  @Test
  void l4RoutesNamingAnAlbGatewayAreRefused() {
    String tcpRoute =
        "---\n"
            + "apiVersion: gateway.networking.k8s.io/v1alpha2\n"
            + "kind: TCPRoute\n"
            + "metadata: {name: db, namespace: infra}\n"
            + "spec:\n"
            + "  parentRefs: [{name: gw}]\n"
            + "  rules: [{backendRefs: [{name: db, port: 5432}]}]\n";
    Run run = run(TWO_LISTENERS + tcpRoute);
    Condition accepted =
        AttachFixtures.condition(run.routeParents("TCPRoute", "infra", "db").get(0).conditions(), "Accepted");
    assertThat(isTrue(accepted)).isFalse();
    assertThat(accepted.reason()).isEqualTo("NotAllowedByListeners");
    assertThat(accepted.message()).contains("only HTTPRoute and GRPCRoute").contains("NLB");
    assertThat(run.attachments()).isEmpty();
    assertThat(run.listenerStatus("http").attachedRoutes()).isZero();
  }

  @Test
  void hostnamesIntersectKeepingTheMoreSpecificName() {
    Run run =
        run(
            listener("  - {name: http, port: 80, protocol: HTTP, hostname: \"*.example.com\"}\n")
                + httpRoute("infra", "web", "[{name: gw}]", "[a.example.com, example.com, \"*.example.com\", b.example.net]"));
    assertThat(run.attachments()).hasSize(1);
    assertThat(run.attachments().get(0).hostnames()).containsExactly("a.example.com", "*.example.com");
    Run inherit = run(listener("  - {name: http, port: 80, protocol: HTTP, hostname: a.example.com}\n") + httpRoute("infra", "web"));
    assertThat(inherit.attachments().get(0).hostnames()).containsExactly("a.example.com");
  }

  @Test
  void noIntersectingHostnameIsNoMatchingListenerHostnameButStillCounts() {
    Run run =
        run(
            listener("  - {name: http, port: 80, protocol: HTTP, hostname: a.example.com}\n")
                + httpRoute("infra", "web", "[{name: gw}]", "[b.example.com]"));
    Condition accepted = run.httpRouteAccepted("infra", "web");
    assertThat(accepted.reason()).isEqualTo("NoMatchingListenerHostname");
    assertThat(accepted.message()).contains("a.example.com").contains("b.example.com");
    assertThat(run.attachments()).isEmpty();
    assertThat(run.listenerStatus("http").attachedRoutes())
        .as("attachedRoutes depends on allowedRoutes and parentRefs alone")
        .isEqualTo(1);
  }

  @Test
  void aConflictedListenerRefusesRoutesButCountsThem() {
    Run run =
        run(
            listener("  - {name: a, port: 80, protocol: HTTP}\n" + "  - {name: b, port: 80, protocol: HTTP}\n")
                + httpRoute("infra", "web", "[{name: gw, sectionName: a}]", "[]"));
    Condition accepted = run.httpRouteAccepted("infra", "web");
    assertThat(accepted.reason()).isEqualTo("NotAllowedByListeners");
    assertThat(accepted.message()).contains("not usable: HostnameConflict");
    assertThat(run.listenerStatus("a").attachedRoutes()).isEqualTo(1);
    assertThat(run.ports).isEmpty();
  }

  @Test
  void aRouteIsCountedOncePerListenerWhateverItsParentRefs() {
    Run run = run(TWO_LISTENERS + httpRoute("infra", "web", "[{name: gw, sectionName: http}, {name: gw, port: 80}]", "[]"));
    assertThat(run.listenerStatus("http").attachedRoutes()).isEqualTo(1);
    assertThat(run.routeParents("HTTPRoute", "infra", "web")).hasSize(2);
    assertThat(run.routeParents("HTTPRoute", "infra", "web"))
        .allMatch(p -> isTrue(AttachFixtures.condition(p.conditions(), "Accepted")));
    assertThat(run.attachmentNames()).as("one attachment per route and listener").containsExactly("web@http");
  }

  @Test
  void portsAreGroupedInPortOrderWithSortedAttachmentsAndEmptyPortsKept() {
    Run run =
        run(
            listener(
                    "  - {name: https, port: 443, protocol: HTTPS, hostname: b.example.com, tls: {options: {x.io/cert: a}}}\n"
                        + "  - {name: http, port: 80, protocol: HTTP}\n"
                        + "  - {name: https-a, port: 443, protocol: HTTPS, hostname: a.example.com, tls: {options: {x.io/cert: a}}}\n"
                        + "  - {name: admin, port: 8080, protocol: HTTP}\n")
                + httpRoute("infra", "zeta", "[{name: gw, port: 443}]", "[]")
                + httpRoute("infra", "alpha", "[{name: gw, sectionName: https-a}, {name: gw, sectionName: https}]", "[]"));
    assertThat(run.ports).extracting(ListenerPort::port).containsExactly(80, 443, 8080);
    assertThat(run.ports).extracting(ListenerPort::protocol).containsExactly(Protocol.HTTP, Protocol.HTTPS, Protocol.HTTP);
    ListenerPort https = run.port(443);
    assertThat(https.listeners()).extracting(ResolvedListener::name).containsExactly("https", "https-a");
    assertThat(https.attachments())
        .extracting(a -> a.route().metadata().name() + "@" + a.listener().name())
        .containsExactly("alpha@https-a", "alpha@https", "zeta@https", "zeta@https-a");
    assertThat(https.hostnames()).containsExactly("a.example.com", "b.example.com");
    assertThat(run.port(8080).attachments()).isEmpty();
    assertThat(run.port(80).attachments()).isEmpty();
  }

  @Test
  void listenerIsolationRemovesHostnamesAMoreSpecificListenerOwns() {
    Run run =
        run(
            listener(
                    "  - {name: any, port: 80, protocol: HTTP}\n"
                        + "  - {name: wild, port: 80, protocol: HTTP, hostname: \"*.example.com\"}\n"
                        + "  - {name: foo, port: 80, protocol: HTTP, hostname: foo.example.com}\n"
                        + "  - {name: deep, port: 80, protocol: HTTP, hostname: \"*.deep.example.com\"}\n")
                + httpRoute(
                    "infra",
                    "web",
                    "[{name: gw}]",
                    "[foo.example.com, bar.example.com, x.deep.example.com, other.io]"));
    List<RouteAttachment> attachments = run.port(80).attachments();
    assertThat(attachments)
        .extracting(a -> a.listener().name() + "=" + a.hostnames())
        .containsExactly(
            "any=[other.io]",
            "wild=[bar.example.com]",
            "foo=[foo.example.com]",
            "deep=[x.deep.example.com]");
    assertThat(isTrue(run.httpRouteAccepted("infra", "web"))).isTrue();
  }

  @Test
  void aRouteWhoseOnlyNamesBelongToAMoreSpecificListenerLeavesTheWildcardListener() {
    Run run =
        run(
            listener(
                    "  - {name: wild, port: 80, protocol: HTTP, hostname: \"*.example.com\"}\n"
                        + "  - {name: foo, port: 80, protocol: HTTP, hostname: foo.example.com}\n"
                        + "  - {name: other-port, port: 8080, protocol: HTTP, hostname: foo.example.com}\n")
                + httpRoute("infra", "web", "[{name: gw, port: 80}]", "[foo.example.com]"));
    // The wildcard listener keeps the attachment only to check its references: it serves nothing.
    assertThat(run.port(80).attachments())
        .extracting(a -> a.route().metadata().name() + "@" + a.listener().name() + (a.isolated() ? " (isolated)" : ""))
        .containsExactly("web@wild (isolated)", "web@foo");
    assertThat(run.listenerStatus("wild").attachedRoutes()).isEqualTo(1);
    Run otherPort =
        run(
            listener(
                    "  - {name: wild, port: 80, protocol: HTTP, hostname: \"*.example.com\"}\n"
                        + "  - {name: foo, port: 8080, protocol: HTTP, hostname: foo.example.com}\n")
                + httpRoute("infra", "web", "[{name: gw, sectionName: wild}]", "[foo.example.com]"));
    assertThat(otherPort.attachmentNames()).as("isolation works per port").containsExactly("web@wild");
  }

  @Test
  void aListenerThatIsNotUsableDoesNotIsolate() {
    Run run =
        run(
            listener(
                    "  - {name: wild, port: 80, protocol: HTTP, hostname: \"*.example.com\"}\n"
                        + "  - {name: foo, port: 80, protocol: HTTP, hostname: foo.example.com}\n"
                        + "  - {name: foo2, port: 80, protocol: HTTP, hostname: foo.example.com}\n")
                + httpRoute("infra", "web", "[{name: gw}]", "[foo.example.com]"));
    assertThat(run.attachmentNames()).containsExactly("web@wild");
    assertThat(run.attachments().get(0).hostnames()).containsExactly("foo.example.com");
  }

  @Test
  void theParentRefAsWrittenIsKeptOnTheAttachmentAndStatus() {
    Run run = run(TWO_LISTENERS + httpRoute("infra", "web", "[{name: gw, namespace: infra, sectionName: http}]", "[]"));
    ParentReference ref = ParentReference.builder().name("gw").namespace("infra").sectionName("http").build();
    assertThat(run.attachments().get(0).parentRef()).isEqualTo(ref);
    assertThat(run.routeParent("HTTPRoute", "infra", "web", ref).controllerName()).isEqualTo("gateway.k8s.aws/alb");
  }
}
