/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import static io.elbgateway.translate.attach.AttachFixtures.GATEWAY_HEADER;
import static io.elbgateway.translate.attach.AttachFixtures.isTrue;
import static io.elbgateway.translate.attach.AttachFixtures.run;
import static io.elbgateway.translate.attach.AttachFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.aws.ListenerConfiguration;
import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.meta.RouteGroupKind;
import io.elbgateway.model.status.Condition;
import io.elbgateway.translate.attach.AttachFixtures.Run;
import org.junit.jupiter.api.Test;

class ListenerResolverTest {

  private static final RouteGroupKind HTTP_ROUTE = RouteGroupKind.of("HTTPRoute");
  private static final RouteGroupKind GRPC_ROUTE = RouteGroupKind.of("GRPCRoute");

  private static Run gateway(String listeners) {
    return run(GATEWAY_HEADER + "  listeners:\n" + listeners);
  }

  @Test
  void listenersKeepSpecOrderWithDefaultKindsPerProtocol() {
    Run run =
        gateway(
            "  - {name: https, port: 443, protocol: HTTPS, tls: {options: {x.io/cert: a}}}\n"
                + "  - {name: http, port: 80, protocol: HTTP}\n");
    assertThat(run.listeners).extracting(ResolvedListener::name).containsExactly("https", "http");
    assertThat(run.listeners).allMatch(ResolvedListener::usable);
    assertThat(run.listener("http").parent()).isEqualTo(run.gateway.key());
    assertThat(run.listenerStatusNames()).containsExactly("https", "http");
    assertThat(run.listenerStatus("http").supportedKinds()).containsExactly(HTTP_ROUTE);
    assertThat(run.listenerStatus("https").supportedKinds()).containsExactly(HTTP_ROUTE, GRPC_ROUTE);
    assertThat(run.listener("https").supportedKinds()).containsExactly(HTTP_ROUTE, GRPC_ROUTE);
    assertThat(isTrue(run.listenerCondition("http", "Accepted"))).isTrue();
    assertThat(isTrue(run.listenerCondition("https", "ResolvedRefs"))).isTrue();
    assertThat(isTrue(run.listenerCondition("http", "Conflicted"))).isFalse();
    assertThat(run.gatewayCondition("Accepted").reason()).isEqualTo("Accepted");
  }

  @Test
  void protocolOtherThanHttpOrHttpsIsUnsupported() {
    Run run =
        gateway(
            "  - {name: http, port: 80, protocol: HTTP}\n"
                + "  - {name: tcp, port: 9000, protocol: TCP}\n"
                + "  - {name: custom, port: 9001, protocol: example.com/magic}\n");
    Condition tcp = run.listenerCondition("tcp", "Accepted");
    assertThat(isTrue(tcp)).isFalse();
    assertThat(tcp.reason()).isEqualTo("UnsupportedProtocol");
    assertThat(tcp.message()).contains(".spec.listeners[1].protocol").contains("NLB");
    assertThat(run.listenerCondition("custom", "Accepted").reason()).isEqualTo("UnsupportedProtocol");
    assertThat(run.listenerStatus("tcp").supportedKinds()).isEmpty();
    assertThat(run.listener("tcp").usable()).isFalse();
    assertThat(run.listener("http").usable()).isTrue();
    Condition gateway = run.gatewayCondition("Accepted");
    assertThat(isTrue(gateway)).isTrue();
    assertThat(gateway.reason()).isEqualTo("ListenersNotValid");
    assertThat(run.ports).extracting(ListenerPort::port).containsExactly(80);
  }

  @Test
  void protocolIsComparedWithoutCase() {
    Run run = gateway("  - {name: http, port: 80, protocol: http}\n");
    assertThat(run.listener("http").usable()).isTrue();
    assertThat(run.listenerStatus("http").supportedKinds()).containsExactly(HTTP_ROUTE);
  }

  @Test
  void portOutsideOneTo65535IsUnavailable() {
    Run run =
        gateway("  - {name: zero, port: 0, protocol: HTTP}\n" + "  - {name: big, port: 70000, protocol: HTTP}\n");
    assertThat(run.listenerCondition("zero", "Accepted").reason()).isEqualTo("PortUnavailable");
    Condition big = run.listenerCondition("big", "Accepted");
    assertThat(big.reason()).isEqualTo("PortUnavailable");
    assertThat(big.message()).contains(".spec.listeners[1].port");
    assertThat(run.ports).isEmpty();
    assertThat(isTrue(run.gatewayCondition("Accepted"))).isFalse();
  }

  @Test
  void httpsPassthroughIsNotUsable() {
    Run run = gateway("  - {name: tls, port: 443, protocol: HTTPS, tls: {mode: Passthrough}}\n");
    Condition accepted = run.listenerCondition("tls", "Accepted");
    assertThat(accepted.reason()).isEqualTo("UnsupportedProtocol");
    assertThat(accepted.message()).contains(".spec.listeners[0].tls.mode").contains("terminates TLS");
    assertThat(run.listener("tls").usable()).isFalse();
  }

  @Test
  void grpcRouteOnHttpIsAnInvalidRouteKindAndOnlyValidKindsAreSupported() {
    Run run =
        gateway(
            "  - name: http\n"
                + "    port: 80\n"
                + "    protocol: HTTP\n"
                + "    allowedRoutes: {kinds: [{kind: GRPCRoute}, {kind: HTTPRoute}]}\n");
    Condition refs = run.listenerCondition("http", "ResolvedRefs");
    assertThat(isTrue(refs)).isFalse();
    assertThat(refs.reason()).isEqualTo("InvalidRouteKinds");
    assertThat(refs.message()).contains(".spec.listeners[0].allowedRoutes.kinds[0]").contains("h2c");
    assertThat(run.listenerStatus("http").supportedKinds()).containsExactly(HTTP_ROUTE);
    assertThat(run.listener("http").usable()).as("a kind problem does not make the listener unusable").isTrue();
  }

  @Test
  void kindsAnAlbCannotServeAreDroppedFromSupportedKinds() {
    Run run =
        gateway(
            "  - name: https\n"
                + "    port: 443\n"
                + "    protocol: HTTPS\n"
                + "    tls: {options: {x.io/cert: a}}\n"
                + "    allowedRoutes: {kinds: [{kind: TCPRoute}, {group: example.com, kind: HTTPRoute}, {kind: GRPCRoute}, {kind: GRPCRoute}]}\n");
    Condition refs = run.listenerCondition("https", "ResolvedRefs");
    assertThat(refs.reason()).isEqualTo("InvalidRouteKinds");
    assertThat(refs.message()).contains("kinds[0]").contains("kinds[1]").contains("example.com/HTTPRoute");
    assertThat(run.listenerStatus("https").supportedKinds()).containsExactly(GRPC_ROUTE);
  }

  @Test
  void listenersWithDifferentProtocolsOnOnePortConflict() {
    Run run =
        gateway(
            "  - {name: http, port: 8080, protocol: HTTP}\n"
                + "  - {name: https, port: 8080, protocol: HTTPS, tls: {options: {x.io/cert: a}}}\n"
                + "  - {name: other, port: 80, protocol: HTTP}\n");
    for (String name : new String[] {"http", "https"}) {
      Condition conflicted = run.listenerCondition(name, "Conflicted");
      assertThat(isTrue(conflicted)).isTrue();
      assertThat(conflicted.reason()).isEqualTo("ProtocolConflict");
      assertThat(run.listener(name).usable()).isFalse();
    }
    assertThat(run.listenerCondition("other", "Conflicted").reason()).isEqualTo("NoConflicts");
    assertThat(run.ports).extracting(ListenerPort::port).containsExactly(80);
    assertThat(run.gatewayCondition("Accepted").reason()).isEqualTo("ListenersNotValid");
  }

  @Test
  void listenersWithTheSameHostnameOnOnePortConflictIncludingBothWithout() {
    Run run =
        gateway(
            "  - {name: a, port: 80, protocol: HTTP, hostname: a.example.com}\n"
                + "  - {name: a2, port: 80, protocol: HTTP, hostname: a.example.com}\n"
                + "  - {name: any, port: 80, protocol: HTTP}\n"
                + "  - {name: any2, port: 80, protocol: HTTP}\n"
                + "  - {name: b, port: 80, protocol: HTTP, hostname: b.example.com}\n");
    for (String name : new String[] {"a", "a2", "any", "any2"}) {
      Condition conflicted = run.listenerCondition(name, "Conflicted");
      assertThat(conflicted.reason()).as(name).isEqualTo("HostnameConflict");
      assertThat(run.listener(name).usable()).isFalse();
    }
    assertThat(run.listenerCondition("a", "Conflicted").message()).contains("\"a\"").contains("\"a2\"");
    assertThat(run.listener("b").usable()).isTrue();
    assertThat(run.port(80).listeners()).extracting(ResolvedListener::name).containsExactly("b");
  }

  @Test
  void aListenerThatIsNotAcceptedConflictsWithNothing() {
    Run run =
        gateway("  - {name: http, port: 80, protocol: HTTP}\n" + "  - {name: tcp, port: 80, protocol: TCP}\n");
    assertThat(run.listener("http").usable()).isTrue();
    assertThat(run.listenerCondition("http", "Conflicted").reason()).isEqualTo("NoConflicts");
  }

  private static final String HTTPS_WITH_SECRET =
      "  - name: https\n"
          + "    port: 443\n"
          + "    protocol: HTTPS\n"
          + "    tls: {certificateRefs: [{name: cert}]}\n";

  @Test
  void aSecretCertificateRefIsReportedWithTheWayToFixIt() {
    Run run = gateway(HTTPS_WITH_SECRET);
    Condition refs = run.listenerCondition("https", "ResolvedRefs");
    assertThat(isTrue(refs)).isFalse();
    assertThat(refs.reason()).isEqualTo("InvalidCertificateRef");
    assertThat(refs.message())
        .contains(".spec.listeners[0].tls.certificateRefs[0]")
        .contains("Secret infra/cert")
        .contains("ACM")
        .contains("listenerConfigurations")
        .contains("HTTPS:443")
        .contains("defaultCertificate");
    assertThat(run.listener("https").usable()).isTrue();
    assertThat(run.gatewayCondition("Accepted").reason()).isEqualTo("Accepted");
  }

  @Test
  void theCertificateMessageNamesTheConfiguredAcmCertificate() {
    String arn = "arn:aws:acm:eu-west-1:123456789012:certificate/abc";
    LoadBalancerConfigurationSpec configuration =
        LoadBalancerConfigurationSpec.builder()
            .addListenerConfigurations(
                ListenerConfiguration.builder().protocolPort("HTTPS:443").defaultCertificate(arn).build())
            .build();
    Run run = run(snapshot(GATEWAY_HEADER + "  listeners:\n" + HTTPS_WITH_SECRET), configuration);
    assertThat(run.listenerCondition("https", "ResolvedRefs").message()).contains("uses " + arn);
  }

  private static final String CROSS_NAMESPACE_SECRET =
      GATEWAY_HEADER
          + "  listeners:\n"
          + "  - name: https\n"
          + "    port: 443\n"
          + "    protocol: HTTPS\n"
          + "    tls: {certificateRefs: [{name: cert, namespace: certs}]}\n";

  private static String grant(String secretName) {
    return "---\n"
        + "apiVersion: gateway.networking.k8s.io/v1beta1\n"
        + "kind: ReferenceGrant\n"
        + "metadata: {name: g, namespace: certs}\n"
        + "spec:\n"
        + "  from: [{group: gateway.networking.k8s.io, kind: Gateway, namespace: infra}]\n"
        + "  to: [{group: \"\", kind: Secret, name: " + secretName + "}]\n";
  }

  @Test
  void aCrossNamespaceCertificateRefWithoutGrantIsNotPermitted() {
    Condition refs = run(CROSS_NAMESPACE_SECRET).listenerCondition("https", "ResolvedRefs");
    assertThat(refs.reason()).isEqualTo("RefNotPermitted");
    assertThat(refs.message()).contains("ReferenceGrant").contains("namespace certs");
    Condition wrongGrant = run(CROSS_NAMESPACE_SECRET + grant("other")).listenerCondition("https", "ResolvedRefs");
    assertThat(wrongGrant.reason()).isEqualTo("RefNotPermitted");
  }

  @Test
  void aCrossNamespaceCertificateRefWithGrantIsStillNotUsableByAnAlb() {
    Run run = run(CROSS_NAMESPACE_SECRET + grant("cert"));
    Condition refs = run.listenerCondition("https", "ResolvedRefs");
    assertThat(refs.reason()).isEqualTo("InvalidCertificateRef");
    assertThat(refs.message()).contains("Secret certs/cert");
    assertThat(run.listener("https").usable()).isTrue();
  }

  @Test
  void severalReferenceProblemsShowTheMostTellingReasonAndEveryMessage() {
    Run run =
        gateway(
            "  - name: https\n"
                + "    port: 443\n"
                + "    protocol: HTTPS\n"
                + "    tls: {certificateRefs: [{name: cert}]}\n"
                + "    allowedRoutes: {kinds: [{kind: TLSRoute}]}\n");
    Condition refs = run.listenerCondition("https", "ResolvedRefs");
    assertThat(refs.reason()).isEqualTo("InvalidRouteKinds");
    assertThat(refs.message()).contains("TLSRoute").contains("certificateRefs[0]");
  }

  @Test
  void portsBeyondTheListenerQuotaAreUnavailable() {
    StringBuilder listeners = new StringBuilder();
    for (int p = 0; p < 51; p++) {
      listeners.append("  - {name: l").append(p).append(", port: ").append(9000 - p).append(", protocol: HTTP}\n");
    }
    listeners.append("  - {name: again, port: 9000, protocol: HTTP, hostname: a.example.com}\n");
    Run run = gateway(listeners.toString());
    assertThat(run.ports).hasSize(50);
    Condition last = run.listenerCondition("l50", "Accepted");
    assertThat(last.reason()).isEqualTo("PortUnavailable");
    assertThat(last.message()).contains(".spec.listeners[50].port").contains("50 listener ports");
    assertThat(run.listener("again").usable()).as("a port already in use costs nothing").isTrue();
    assertThat(run.listener("l49").usable()).isTrue();
  }
}
