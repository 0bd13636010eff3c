/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.l4;

import static io.elbgateway.translate.l4.L4Fixtures.ALL_NAMESPACES;
import static io.elbgateway.translate.l4.L4Fixtures.ECHO;
import static io.elbgateway.translate.l4.L4Fixtures.TO_GW;
import static io.elbgateway.translate.l4.L4Fixtures.gateway;
import static io.elbgateway.translate.l4.L4Fixtures.route;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.elb.AlpnPolicy;
import io.elbgateway.model.elb.Certificate;
import io.elbgateway.model.elb.LoadBalancerType;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.TargetDescription;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.model.elb.TargetType;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.model.status.ConditionStatus;
import io.elbgateway.translate.ImmutableNlbQuotas;
import io.elbgateway.translate.Translation;
import io.elbgateway.translate.Translator;
import io.elbgateway.translate.TranslatorOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The NLB path end to end: listeners, route choice, target groups and statuses. */
class NetworkGatewaysTest {

  private static final String TCP = "{name: tcp, port: 7000, protocol: TCP, " + ALL_NAMESPACES + "}";

  @Test
  void aTcpRouteForwardsItsServiceThroughATcpListener() {
    L4Fixtures.Run run = L4Fixtures.run(gateway(TCP) + route("TCPRoute", "echo", 1, TO_GW, ECHO));
    assertThat(run.stack().loadBalancer().type()).isEqualTo(LoadBalancerType.NETWORK);
    assertThat(run.listeners()).hasSize(1);
    assertThat(run.listener(7000).protocol()).isEqualTo(Protocol.TCP);
    assertThat(run.listener(7000).defaultActions().get(0).forwardConfig().get().targetGroups().get(0).weight())
        .as("an NLB refuses weights").isEmpty();
    TargetGroup group = run.forwardedBy(7000);
    assertThat(group.protocol()).contains(Protocol.TCP);
    assertThat(group.protocolVersion()).isEmpty();
    assertThat(group.targetType()).isEqualTo(TargetType.IP);
    assertThat(group.targets()).extracting(TargetDescription::id, t -> t.port().orElse(0)).containsExactly(org.assertj.core.groups.Tuple.tuple("10.0.0.1", 7070));
    assertThat(group.healthCheckProtocol()).contains(Protocol.TCP);
    assertThat(group.healthCheckPort()).contains("traffic-port");
    assertThat(group.healthCheckPath()).isEmpty();
    assertThat(group.matcher()).isEmpty();
    assertThat(group.healthCheckIntervalSeconds()).contains(15);
    assertThat(group.healthCheckTimeoutSeconds()).contains(5);
    assertThat(group.healthyThresholdCount()).contains(3);
    assertThat(run.route("TCPRoute", "echo", "Accepted").status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(run.listenerStatus("tcp").attachedRoutes()).isEqualTo(1);
    assertThat(run.listenerStatus("tcp").supportedKinds()).extracting(k -> k.kind()).containsExactly("TCPRoute");
  }

  @Test
  void tcpAndUdpOnOnePortBecomeTcpUdpWithATcpUdpTargetGroup() {
    L4Fixtures.Run run =
        L4Fixtures.run(
            gateway(TCP, "{name: udp, port: 7000, protocol: UDP, " + ALL_NAMESPACES + "}")
                + route("UDPRoute", "echo-udp", 1, TO_GW, ECHO)
                + route("TCPRoute", "echo-tcp", 2, TO_GW, ECHO));
    assertThat(run.listener(7000).protocol()).isEqualTo(Protocol.TCP_UDP);
    assertThat(run.forwardedBy(7000).protocol()).contains(Protocol.TCP_UDP);
    assertThat(run.listenerCondition("tcp", "Conflicted").status()).isEqualTo(ConditionStatus.FALSE);
  }

  @Test
  void aTransportWithoutARouteIsNotMergedIntoThePort() {
    // Only a UDPRoute: a TCP_UDP listener would send TCP connections, which the spec refuses, to
    // the UDP route's backend.
    L4Fixtures.Run run =
        L4Fixtures.run(
            gateway(TCP, "{name: udp, port: 7000, protocol: UDP, " + ALL_NAMESPACES + "}")
                + route("UDPRoute", "echo-udp", 1, TO_GW, ECHO));
    assertThat(run.listener(7000).protocol()).isEqualTo(Protocol.UDP);
    assertThat(run.forwardedBy(7000).protocol()).contains(Protocol.UDP);
  }

  @Test
  void tlsPassthroughIsATcpListenerWithTcpTargetGroups() {
    L4Fixtures.Run run =
        L4Fixtures.run(
            gateway("{name: tls, port: 443, protocol: TLS, hostname: app.example.com, tls: {mode: Passthrough}, " + ALL_NAMESPACES + "}")
                + "apiVersion: gateway.networking.k8s.io/v1alpha2\nkind: TLSRoute\nmetadata: {name: app, namespace: apps}\n"
                + "spec:\n  parentRefs: " + TO_GW + "\n  hostnames: [app.example.com]\n  rules:\n  - backendRefs: " + ECHO + "\n---\n");
    assertThat(run.listener(443).protocol()).isEqualTo(Protocol.TCP);
    assertThat(run.listener(443).certificateHostnames()).as("no TLS on the NLB").isEmpty();
    assertThat(run.listener(443).sslPolicy()).isEmpty();
    assertThat(run.forwardedBy(443).protocol()).as("LBC's TLS target group would be refused by AWS").contains(Protocol.TCP);
    assertThat(run.listenerStatus("tls").supportedKinds()).extracting(k -> k.kind()).containsExactly("TLSRoute");
  }

  @Test
  void tlsTerminateTakesCertificatesFromTheConfigurationOrTheTlsRouteHostnames() {
    String terminate = "{name: tls, port: 443, protocol: TLS, tls: {mode: Terminate}, " + ALL_NAMESPACES + "}";
    String tlsRoute =
        "apiVersion: gateway.networking.k8s.io/v1alpha2\nkind: TLSRoute\nmetadata: {name: app, namespace: apps}\n"
            + "spec:\n  parentRefs: " + TO_GW + "\n  hostnames: [b.example.com, a.example.com]\n  rules:\n  - backendRefs: " + ECHO + "\n---\n";
    L4Fixtures.Run discovered = L4Fixtures.run(gateway(terminate) + tlsRoute);
    assertThat(discovered.listener(443).protocol()).isEqualTo(Protocol.TLS);
    assertThat(discovered.listener(443).certificateHostnames()).containsExactly("a.example.com", "b.example.com");
    assertThat(discovered.listener(443).sslPolicy()).contains("ELBSecurityPolicy-TLS13-1-2-2021-06");
    assertThat(discovered.forwardedBy(443).protocol()).as("Terminate hands plain bytes to the backend").contains(Protocol.TCP);

    String configured =
        "apiVersion: gateway.k8s.aws/v1\nkind: LoadBalancerConfiguration\nmetadata: {name: lbc, namespace: infra}\n"
            + "spec:\n  listenerConfigurations:\n  - protocolPort: TLS:443\n    defaultCertificate: arn:aws:acm:us-east-1:1:certificate/a\n"
            + "    sslPolicy: ELBSecurityPolicy-TLS13-1-3-2021-06\n    alpnPolicy: HTTP2Preferred\n"
            + "    listenerAttributes: [{key: tcp.idle_timeout.seconds, value: \"600\"}]\n---\n";
    String gateway =
        gateway(terminate).replace("  gatewayClassName: nlb\n",
            "  gatewayClassName: nlb\n  infrastructure: {parametersRef: {group: gateway.k8s.aws, kind: LoadBalancerConfiguration, name: lbc}}\n");
    L4Fixtures.Run run = L4Fixtures.run(configured + gateway + tlsRoute);
    assertThat(run.listener(443).certificates()).containsExactly(Certificate.of("arn:aws:acm:us-east-1:1:certificate/a", true));
    assertThat(run.listener(443).certificateHostnames()).isEmpty();
    assertThat(run.listener(443).sslPolicy()).contains("ELBSecurityPolicy-TLS13-1-3-2021-06");
    assertThat(run.listener(443).alpnPolicy()).containsExactly(AlpnPolicy.HTTP2_PREFERRED);
    assertThat(run.listener(443).attributes()).containsEntry("tcp.idle_timeout.seconds", "600");
  }

  @Test
  void theOldestRouteCarriesThePortAndTheOthersAreToldWhy() {
    String input =
        gateway(TCP)
            + route("TCPRoute", "newer", 5, TO_GW, ECHO)
            + route("TCPRoute", "older", 1, TO_GW, "[{name: echo, port: 7000, weight: 3}]")
            + route("TCPRoute", "also-newer", 5, TO_GW, ECHO);
    L4Fixtures.Run run = L4Fixtures.run(input);
    assertThat(run.route("TCPRoute", "older", "Accepted").status()).isEqualTo(ConditionStatus.TRUE);
    for (String loser : List.of("newer", "also-newer")) {
      assertThat(run.route("TCPRoute", loser, "Accepted").status()).isEqualTo(ConditionStatus.FALSE);
      assertThat(run.route("TCPRoute", loser, "Accepted").reason()).isEqualTo("NotAllowedByListeners");
      assertThat(run.route("TCPRoute", loser, "Accepted").message())
          .contains("port 7000 carries TCPRoute apps/older").contains("oldest creationTimestamp");
    }
    assertThat(run.listenerStatus("tcp").attachedRoutes()).isEqualTo(3);
    assertThat(run.stack().targetGroups()).hasSize(1);
  }

  @Test
  void equalTimestampsAreOrderedByNamespaceAndNameWhateverTheInputOrder() {
    String input =
        gateway(TCP) + route("TCPRoute", "b", 1, TO_GW, ECHO) + route("TCPRoute", "a", 1, TO_GW, "[{name: echo, port: 7000}]");
    ClusterSnapshot snapshot = L4Fixtures.snapshot(input);
    List<KubernetesObject> objects = new ArrayList<>(snapshot.objects());
    Collections.reverse(objects);
    Translation reversed = Translator.builder().serviceLoader(false).build().translate(ClusterSnapshot.of(objects));
    L4Fixtures.Run run = L4Fixtures.run(input);
    assertThat(run.route("TCPRoute", "a", "Accepted").status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(run.route("TCPRoute", "b", "Accepted").status()).isEqualTo(ConditionStatus.FALSE);
    assertThat(reversed).isEqualTo(run.translation);
  }

  @Test
  void l7RoutesAndListenersAreRefusedOnAnNlbGateway() {
    String httpRoute =
        "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: web, namespace: apps}\n"
            + "spec:\n  parentRefs: " + TO_GW + "\n  rules:\n  - backendRefs: " + ECHO + "\n---\n";
    L4Fixtures.Run run = L4Fixtures.run(gateway(TCP, "{name: http, port: 80, protocol: HTTP}") + httpRoute);
    assertThat(run.route("HTTPRoute", "web", "Accepted").reason()).isEqualTo("NotAllowedByListeners");
    assertThat(run.route("HTTPRoute", "web", "Accepted").message()).contains("Network Load Balancer");
    assertThat(run.listenerCondition("http", "Accepted").reason()).isEqualTo("UnsupportedProtocol");
    assertThat(run.listeners()).isEmpty();
  }

  @Test
  void aTcpRouteOnAnAlbGatewayIsStillRefused() {
    String input =
        "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: gw, namespace: infra}\n"
            + "spec:\n  gatewayClassName: alb\n  listeners:\n  - {name: http, port: 80, protocol: HTTP, " + ALL_NAMESPACES + "}\n---\n"
            + route("TCPRoute", "echo", 1, TO_GW, ECHO);
    L4Fixtures.Run run = L4Fixtures.run(input);
    assertThat(run.route("TCPRoute", "echo", "Accepted").reason()).isEqualTo("NotAllowedByListeners");
    assertThat(run.stack().loadBalancer().type()).isEqualTo(LoadBalancerType.APPLICATION);
  }

  @Test
  void aRouteNeedingTwoTargetGroupsIsRefusedAndTheNextRouteCarriesThePort() {
    String input =
        gateway(TCP)
            + route("TCPRoute", "split", 1, TO_GW, "[{name: echo, port: 7000, weight: 1}, {name: dns, port: 53, weight: 1}]")
            + route("TCPRoute", "single", 2, TO_GW, ECHO);
    L4Fixtures.Run run = L4Fixtures.run(input);
    assertThat(run.route("TCPRoute", "split", "Accepted").reason()).isEqualTo("UnsupportedValue");
    assertThat(run.route("TCPRoute", "split", "Accepted").message()).contains("target groups per action");
    assertThat(run.route("TCPRoute", "single", "Accepted").status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(run.stack().targetGroups()).hasSize(1);
    assertThat(run.forwardedBy(7000).key()).contains("apps/echo:7000");
  }

  @Test
  void aZeroWeightBackendNeedsNoTargetGroup() {
    L4Fixtures.Run run =
        L4Fixtures.run(gateway(TCP) + route("TCPRoute", "canary", 1, TO_GW,
            "[{name: echo, port: 7000, weight: 1}, {name: dns, port: 53, weight: 0}]"));
    assertThat(run.route("TCPRoute", "canary", "Accepted").status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(run.stack().targetGroups()).hasSize(1);
  }

  @Test
  void invalidBackendsBesideAValidOneAreDeclaredAndAllInvalidMeansNoListener() {
    L4Fixtures.Run mixed =
        L4Fixtures.run(gateway(TCP) + route("TCPRoute", "mixed", 1, TO_GW, "[{name: echo, port: 7000}, {name: missing, port: 1}]"));
    assertThat(mixed.route("TCPRoute", "mixed", "ResolvedRefs").reason()).isEqualTo("BackendNotFound");
    assertThat(mixed.listeners()).hasSize(1);
    assertThat(mixed.diagnostics()).anyMatch(m -> m.startsWith("50% of connections"));

    L4Fixtures.Run none = L4Fixtures.run(gateway(TCP) + route("TCPRoute", "none", 1, TO_GW, "[{name: missing, port: 1}]"));
    assertThat(none.listeners()).as("connections to the port are refused").isEmpty();
    assertThat(none.route("TCPRoute", "none", "Accepted").status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(none.route("TCPRoute", "none", "ResolvedRefs").status()).isEqualTo(ConditionStatus.FALSE);
  }

  @Test
  void quicTurnsUdpIntoQuicAndNeedsIpTargets() {
    String config =
        "apiVersion: gateway.k8s.aws/v1\nkind: LoadBalancerConfiguration\nmetadata: {name: lbc, namespace: infra}\n"
            + "spec:\n  listenerConfigurations:\n  - {protocolPort: \"UDP:443\", quicEnabled: true}\n---\n";
    String gw =
        gateway("{name: quic, port: 443, protocol: UDP, " + ALL_NAMESPACES + "}").replace("  gatewayClassName: nlb\n",
            "  gatewayClassName: nlb\n  infrastructure: {parametersRef: {group: gateway.k8s.aws, kind: LoadBalancerConfiguration, name: lbc}}\n");
    L4Fixtures.Run run = L4Fixtures.run(config + gw + route("UDPRoute", "h3", 1, TO_GW, ECHO));
    assertThat(run.listener(443).protocol()).isEqualTo(Protocol.QUIC);
    assertThat(run.forwardedBy(443).protocol()).contains(Protocol.QUIC);

    TranslatorOptions instance =
        TranslatorOptions.builder().defaultTargetType(io.elbgateway.model.aws.TargetType.INSTANCE).build();
    L4Fixtures.Run refused = L4Fixtures.run(config + gw + route("UDPRoute", "h3", 1, TO_GW, ECHO), instance);
    assertThat(refused.route("UDPRoute", "h3", "ResolvedRefs").reason()).isEqualTo("UnsupportedValue");
    assertThat(refused.route("UDPRoute", "h3", "ResolvedRefs").message()).contains("only to ip targets");
    assertThat(refused.listeners()).isEmpty();
  }

  @Test
  void externalTrafficPolicyLocalChecksHealthOnTheHealthCheckNodePort() {
    String local =
        "apiVersion: v1\nkind: Service\nmetadata: {name: local, namespace: apps}\nspec:\n  type: LoadBalancer\n"
            + "  externalTrafficPolicy: Local\n  healthCheckNodePort: 32000\n"
            + "  ports: [{name: tcp, port: 7000, targetPort: 7070, nodePort: 30071}]\n---\n";
    TranslatorOptions instance =
        TranslatorOptions.builder().defaultTargetType(io.elbgateway.model.aws.TargetType.INSTANCE).build();
    L4Fixtures.Run run = L4Fixtures.run(local + gateway(TCP) + route("TCPRoute", "l", 1, TO_GW, "[{name: local, port: 7000}]"), instance);
    TargetGroup group = run.forwardedBy(7000);
    assertThat(group.targetType()).isEqualTo(TargetType.INSTANCE);
    assertThat(group.port()).contains(30071);
    assertThat(group.healthCheckProtocol()).contains(Protocol.HTTP);
    assertThat(group.healthCheckPort()).contains("32000");
    assertThat(group.healthCheckPath()).contains("/healthz");
    assertThat(group.healthCheckIntervalSeconds()).contains(10);
    assertThat(group.healthCheckTimeoutSeconds()).contains(6);
    assertThat(group.healthyThresholdCount()).contains(2);
    assertThat(group.unhealthyThresholdCount()).contains(2);
    assertThat(group.matcher().orElseThrow().httpCode()).contains("200-399");
  }

  @Test
  void anAlbGatewayBackendBecomesAnAlbTargetGroup() {
    String alb =
        "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: web, namespace: apps}\n"
            + "spec:\n  gatewayClassName: alb\n  listeners:\n  - {name: http, port: 80, protocol: HTTP}\n---\n";
    String gwRef = "[{group: gateway.networking.k8s.io, kind: Gateway, name: web, port: 80}]";
    L4Fixtures.Run run = L4Fixtures.run(alb + gateway(TCP) + route("TCPRoute", "front", 1, TO_GW, gwRef));
    TargetGroup group = run.forwardedBy(7000);
    assertThat(group.targetType()).isEqualTo(TargetType.ALB);
    assertThat(group.protocol()).contains(Protocol.TCP);
    assertThat(group.port()).contains(80);
    assertThat(group.targets()).containsExactly(TargetDescription.of("apps/web", 80));
    assertThat(group.healthCheckProtocol()).contains(Protocol.HTTP);

    String wrongPort = gwRef.replace("port: 80", "port: 81");
    L4Fixtures.Run missing = L4Fixtures.run(alb + gateway(TCP) + route("TCPRoute", "front", 1, TO_GW, wrongPort));
    assertThat(missing.route("TCPRoute", "front", "ResolvedRefs").reason()).isEqualTo("BackendNotFound");

    String nlbBehind = gwRef.replace("name: web", "name: gw").replace("port: 80", "port: 7000");
    L4Fixtures.Run self = L4Fixtures.run(gateway(TCP) + route("TCPRoute", "front", 1, TO_GW, nlbBehind.replace("}]", ", namespace: infra}]")),
        TranslatorOptions.defaults());
    assertThat(self.route("TCPRoute", "front", "ResolvedRefs").reason()).isIn("InvalidKind", "RefNotPermitted");
  }

  @Test
  void listenersBeyondTheQuotaGetPortUnavailable() {
    TranslatorOptions one =
        TranslatorOptions.builder().nlbQuotas(ImmutableNlbQuotas.builder().listenersPerLoadBalancer(1).build()).build();
    L4Fixtures.Run run =
        L4Fixtures.run(gateway(TCP, "{name: second, port: 7001, protocol: TCP, " + ALL_NAMESPACES + "}")
            + route("TCPRoute", "echo", 1, TO_GW, ECHO), one);
    assertThat(run.listenerCondition("tcp", "Accepted").status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(run.listenerCondition("second", "Accepted").reason()).isEqualTo("PortUnavailable");
    assertThat(run.listenerCondition("second", "Accepted").message()).contains("Listeners per Network Load Balancer");
    assertThat(run.listeners()).extracting(l -> l.port()).containsExactly(7000);
  }

  @Test
  void listenersThatCannotShareAPortConflict() {
    L4Fixtures.Run run =
        L4Fixtures.run(gateway("{name: tls, port: 443, protocol: TLS, tls: {mode: Terminate}}", "{name: udp, port: 443, protocol: UDP}",
            "{name: tcp, port: 7000, protocol: TCP}", "{name: tcp2, port: 7000, protocol: TCP}"));
    assertThat(run.listenerCondition("tls", "Conflicted").reason()).isEqualTo("ProtocolConflict");
    assertThat(run.listenerCondition("udp", "Conflicted").reason()).isEqualTo("ProtocolConflict");
    assertThat(run.listenerCondition("tcp", "Conflicted").status()).isEqualTo(ConditionStatus.FALSE);
    assertThat(run.listenerCondition("tcp2", "Conflicted").reason()).isEqualTo("HostnameConflict");
  }

  @Test
  void aKindTheListenerCannotServeIsAnInvalidRouteKind() {
    L4Fixtures.Run run =
        L4Fixtures.run(gateway("{name: udp, port: 53, protocol: UDP, allowedRoutes: {kinds: [{kind: TCPRoute}, {kind: UDPRoute}]}}"));
    assertThat(run.listenerCondition("udp", "ResolvedRefs").reason()).isEqualTo("InvalidRouteKinds");
    assertThat(run.listenerStatus("udp").supportedKinds()).extracting(k -> k.kind()).containsExactly("UDPRoute");
  }

  @Test
  void aTlsRouteWhoseHostnamesMissTheListenerDoesNotAttach() {
    L4Fixtures.Run run =
        L4Fixtures.run(
            gateway("{name: tls, port: 443, protocol: TLS, hostname: app.example.com, tls: {mode: Passthrough}, " + ALL_NAMESPACES + "}")
                + "apiVersion: gateway.networking.k8s.io/v1alpha2\nkind: TLSRoute\nmetadata: {name: other, namespace: apps}\n"
                + "spec:\n  parentRefs: " + TO_GW + "\n  hostnames: [other.example.com]\n  rules:\n  - backendRefs: " + ECHO + "\n---\n");
    assertThat(run.route("TLSRoute", "other", "Accepted").reason()).isEqualTo("NoMatchingListenerHostname");
    assertThat(run.listeners()).isEmpty();
  }

  @Test
  void targetGroupStickinessIsSetOnTheForward() {
    String config =
        "apiVersion: gateway.k8s.aws/v1\nkind: LoadBalancerConfiguration\nmetadata: {name: lbc, namespace: infra}\n"
            + "spec:\n  listenerConfigurations:\n  - {protocolPort: \"TCP:7000\", targetGroupStickiness: true}\n---\n";
    String gw = gateway(TCP).replace("  gatewayClassName: nlb\n",
        "  gatewayClassName: nlb\n  infrastructure: {parametersRef: {group: gateway.k8s.aws, kind: LoadBalancerConfiguration, name: lbc}}\n");
    L4Fixtures.Run run = L4Fixtures.run(config + gw + route("TCPRoute", "echo", 1, TO_GW, ECHO));
    assertThat(run.listener(7000).defaultActions().get(0).forwardConfig().get().targetGroupStickinessConfig()
        .map(s -> s.enabled())).isEqualTo(Optional.of(true));
  }

  @Test
  void aRouteThatCarriesOnePortIsAcceptedThoughItLosesAnother() {
    String second = "{name: second, port: 7001, protocol: TCP, " + ALL_NAMESPACES + "}";
    L4Fixtures.Run run =
        L4Fixtures.run(gateway(TCP, second)
            + route("TCPRoute", "old", 1, "[{name: gw, namespace: infra, sectionName: tcp}]", ECHO)
            + route("TCPRoute", "both", 2, TO_GW, ECHO));
    assertThat(run.route("TCPRoute", "both", "Accepted").status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(run.listeners()).extracting(l -> l.port()).containsExactly(7000, 7001);
  }

  @Test
  void routesAttachOnlyWhereTheListenerAdmitsThem() {
    L4Fixtures.Run sameNamespace =
        L4Fixtures.run(gateway("{name: tcp, port: 7000, protocol: TCP}") + route("TCPRoute", "echo", 1, TO_GW, ECHO));
    assertThat(sameNamespace.route("TCPRoute", "echo", "Accepted").reason()).isEqualTo("NotAllowedByListeners");
    assertThat(sameNamespace.route("TCPRoute", "echo", "Accepted").message()).contains("from: Same");
    assertThat(sameNamespace.listeners()).isEmpty();

    L4Fixtures.Run noSection =
        L4Fixtures.run(gateway(TCP) + route("TCPRoute", "echo", 1, "[{name: gw, namespace: infra, sectionName: nope}]", ECHO));
    assertThat(noSection.route("TCPRoute", "echo", "Accepted").reason()).isEqualTo("NoMatchingParent");

    L4Fixtures.Run wrongKind =
        L4Fixtures.run(gateway(TCP) + route("UDPRoute", "echo", 1, TO_GW, ECHO));
    assertThat(wrongKind.route("UDPRoute", "echo", "Accepted").reason()).isEqualTo("NotAllowedByListeners");
    assertThat(wrongKind.route("UDPRoute", "echo", "Accepted").message()).contains("does not take UDPRoute");
  }

  @Test
  void aPortWithoutRoutesGetsNoNlbListenerButItsListenerIsAccepted() {
    L4Fixtures.Run run = L4Fixtures.run(gateway(TCP));
    assertThat(run.listeners()).isEmpty();
    assertThat(run.listenerCondition("tcp", "Accepted").status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(run.listenerStatus("tcp").attachedRoutes()).isZero();
  }

  @Test
  void routesNamingAListenerSetOfAnNlbGatewayAreToldItIsNotSupported() {
    String set =
        "apiVersion: gateway.networking.k8s.io/v1\nkind: ListenerSet\nmetadata: {name: extra, namespace: apps}\n"
            + "spec:\n  parentRef: {name: gw, namespace: infra}\n  listeners:\n  - {name: extra, port: 7001, protocol: TCP}\n---\n";
    L4Fixtures.Run run =
        L4Fixtures.run(gateway(TCP) + set
            + route("TCPRoute", "via-set", 1, "[{group: gateway.networking.k8s.io, kind: ListenerSet, name: extra}]", ECHO));
    assertThat(run.route("TCPRoute", "via-set", "Accepted").reason()).isEqualTo("NotAllowedByListeners");
    assertThat(run.route("TCPRoute", "via-set", "Accepted").message()).contains("does not take ListenerSets yet");
    assertThat(run.listeners()).isEmpty();
    var setStatus =
        run.translation.listenerSetStatuses().get(ObjectKey.of("gateway.networking.k8s.io", "ListenerSet", "apps", "extra"));
    assertThat(setStatus.conditions()).singleElement().satisfies(c -> {
      assertThat(c.reason()).isEqualTo("NotAllowed");
      assertThat(c.message()).contains("Network Load Balancer");
    });
    assertThat(run.translation.gatewayStatuses().get(L4Fixtures.Run.GW).attachedListenerSets()).contains(0);
  }
}
