/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.translate.TestContexts;
import io.elbgateway.model.aws.Attribute;
import io.elbgateway.model.aws.ListenerConfiguration;
import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.aws.MutualAuthenticationAttributes;
import io.elbgateway.model.elb.ActionType;
import io.elbgateway.model.elb.AlpnPolicy;
import io.elbgateway.model.elb.Certificate;
import io.elbgateway.model.elb.Listener;
import io.elbgateway.model.elb.MutualAuthenticationMode;
import io.elbgateway.model.elb.OnOff;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.model.status.Condition;
import io.elbgateway.model.status.ConditionStatus;
import io.elbgateway.model.status.ListenerStatus;
import io.elbgateway.translate.AlbQuotas;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.TranslatorOptions;
import io.elbgateway.translate.attach.ListenerPort;
import io.elbgateway.translate.status.Reasons;
import io.elbgateway.translate.status.StatusCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListenersTest {

  private static final TranslatorOptions OPTIONS = TranslatorOptions.defaults();

  private final StatusCollector statuses = new StatusCollector();
  private final ClusterSnapshot snapshot = LbFixtures.bareGateway();
  private final Gateway gateway = LbFixtures.gateway(snapshot, "infra", "gw");

  private GatewayContext context(LoadBalancerConfigurationSpec spec, TranslatorOptions options) {
    return LbFixtures.context(snapshot, "infra", "gw", spec, options, statuses);
  }

  private List<Listener> build(LoadBalancerConfigurationSpec spec, ListenerPort... ports) {
    return Listeners.build(context(spec, OPTIONS), List.of(ports));
  }

  private ListenerPort http80() {
    return LbFixtures.port(gateway, "http", Protocol.HTTP, 80, "");
  }

  private ListenerPort https443(String hostname) {
    return LbFixtures.port(gateway, "https", Protocol.HTTPS, 443, hostname);
  }

  private Condition condition(String listener, String type) {
    ListenerStatus status =
        TestContexts.collected(statuses).gatewayStatuses().get(gateway.key()).listeners().stream()
            .filter(l -> l.name().equals(listener))
            .findFirst()
            .orElseThrow();
    return status.conditions().stream().filter(c -> c.type().equals(type)).findFirst().orElseThrow();
  }

  @Test
  void theSeedGivesHttpAndHttpsWithTheAcmCertificateAndTls13Policy() {
    ClusterSnapshot seed = LbFixtures.seed();
    Gateway seedGateway = LbFixtures.gateway(seed, "kube-system", "aws-alb-gateway");
    GatewayContext context = LbFixtures.context(seed, "kube-system", "aws-alb-gateway", OPTIONS, statuses);
    List<Listener> listeners =
        Listeners.build(
            context,
            List.of(
                LbFixtures.port(seedGateway, "https", Protocol.HTTPS, 443, "www.example.com"),
                LbFixtures.port(seedGateway, "http", Protocol.HTTP, 80, "www.example.com")));
    assertThat(listeners).extracting(Listener::key)
        .containsExactly("kube-system/aws-alb-gateway/HTTP:80", "kube-system/aws-alb-gateway/HTTPS:443");
    Listener http = listeners.get(0);
    assertThat(http.loadBalancerKey()).isEqualTo("kube-system/aws-alb-gateway");
    assertThat(http.certificates()).isEmpty();
    assertThat(http.certificateHostnames()).isEmpty();
    assertThat(http.sslPolicy()).isEmpty();
    Listener https = listeners.get(1);
    assertThat(https.protocol()).isEqualTo(Protocol.HTTPS);
    assertThat(https.port()).isEqualTo(443);
    assertThat(https.certificates()).containsExactly(Certificate.of(LbFixtures.SEED_CERTIFICATE, true));
    assertThat(https.certificateHostnames()).isEmpty();
    assertThat(https.sslPolicy()).contains("ELBSecurityPolicy-TLS13-1-2-2021-06");
    for (Listener listener : listeners) {
      assertThat(listener.defaultActions()).hasSize(1);
      assertThat(listener.defaultActions().get(0).type()).isEqualTo(ActionType.FIXED_RESPONSE);
      assertThat(listener.defaultActions().get(0).fixedResponseConfig().orElseThrow().statusCode()).isEqualTo("404");
      assertThat(listener.defaultActions().get(0).fixedResponseConfig().orElseThrow().contentType())
          .contains("text/plain");
      assertThat(listener.tags()).isEqualTo(LoadBalancers.build(context).tags());
    }
    assertThat(LbFixtures.diagnostics(statuses)).isEmpty();
  }

  @Test
  void withoutACertificateTheHostnamesAreLeftForAcmDiscovery() {
    List<Listener> listeners = build(LoadBalancerConfigurationSpec.builder().build(), https443("www.example.com"));
    assertThat(listeners.get(0).certificates()).isEmpty();
    assertThat(listeners.get(0).certificateHostnames()).containsExactly("www.example.com");
    assertThat(listeners.get(0).sslPolicy()).contains(OPTIONS.defaultSslPolicy());
    assertThat(LbFixtures.diagnostics(statuses)).isEmpty();
  }

  @Test
  void anHttpsPortWithoutCertificateOrHostnameIsStillEmittedAndReported() {
    List<Listener> listeners = build(LoadBalancerConfigurationSpec.builder().build(), https443(""));
    assertThat(listeners).hasSize(1);
    assertThat(listeners.get(0).certificates()).isEmpty();
    assertThat(listeners.get(0).certificateHostnames()).isEmpty();
    assertThat(LbFixtures.diagnostics(statuses))
        .singleElement()
        .satisfies(d -> assertThat(d).contains("has no certificate").contains("defaultCertificate"));
  }

  @Test
  void certificatesAreTheDefaultThenTheOthersWithoutRepeats() {
    LoadBalancerConfigurationSpec spec =
        LoadBalancerConfigurationSpec.builder()
            .addListenerConfigurations(
                ListenerConfiguration.builder()
                    .protocolPort("HTTPS:443")
                    .defaultCertificate("arn:default")
                    .addCertificates("arn:sni-1", "arn:default", "arn:sni-2", "arn:sni-1")
                    .build())
            .build();
    Listener listener = build(spec, https443("www.example.com")).get(0);
    assertThat(listener.certificates())
        .containsExactly(
            Certificate.of("arn:default", true), Certificate.of("arn:sni-1", false), Certificate.of("arn:sni-2", false));
    assertThat(listener.certificateHostnames()).isEmpty();
  }

  @Test
  void withoutDefaultCertificateTheFirstCertificateIsTheDefault() {
    LoadBalancerConfigurationSpec spec =
        LoadBalancerConfigurationSpec.builder()
            .addListenerConfigurations(
                ListenerConfiguration.builder().protocolPort("HTTPS:443").addCertificates("arn:1", "arn:2").build())
            .build();
    assertThat(build(spec, https443("")).get(0).certificates())
        .containsExactly(Certificate.of("arn:1", true), Certificate.of("arn:2", false));
  }

  @Test
  void mutualAuthenticationAndAttributesApplyToHttps() {
    LoadBalancerConfigurationSpec spec =
        LoadBalancerConfigurationSpec.builder()
            .addListenerConfigurations(
                ListenerConfiguration.builder()
                    .protocolPort("HTTPS:443")
                    .defaultCertificate("arn:c")
                    .mutualAuthentication(
                        MutualAuthenticationAttributes.builder()
                            .mode(MutualAuthenticationMode.VERIFY)
                            .trustStore("partners")
                            .ignoreClientCertificateExpiry(true)
                            .advertiseTrustStoreCaNames(OnOff.ON)
                            .build())
                    .addListenerAttributes(
                        Attribute.of("routing.http.response.server.enabled", "false"),
                        Attribute.of("routing.http.request.x_amzn_tls_version.header_name", "X-Tls"))
                    .build())
            .build();
    Listener listener = build(spec, https443("")).get(0);
    var mtls = listener.mutualAuthentication().orElseThrow();
    assertThat(mtls.mode()).isEqualTo(MutualAuthenticationMode.VERIFY);
    assertThat(mtls.trustStore()).contains("partners");
    assertThat(mtls.ignoreClientCertificateExpiry()).contains(true);
    assertThat(mtls.advertiseTrustStoreCaNames()).contains(OnOff.ON);
    assertThat(listener.attributes())
        .containsExactly(
            Map.entry("routing.http.request.x_amzn_tls_version.header_name", "X-Tls"),
            Map.entry("routing.http.response.server.enabled", "false"));
  }

  @Test
  void httpsSettingsOnAnHttpListenerAreReportedAndIgnored() {
    LoadBalancerConfigurationSpec spec =
        LoadBalancerConfigurationSpec.builder()
            .addListenerConfigurations(
                ListenerConfiguration.builder()
                    .protocolPort("HTTP:80")
                    .sslPolicy("ELBSecurityPolicy-TLS13-1-2-2021-06")
                    .mutualAuthentication(
                        MutualAuthenticationAttributes.builder().mode(MutualAuthenticationMode.PASSTHROUGH).build())
                    .addListenerAttributes(Attribute.of("routing.http.response.server.enabled", "false"))
                    .build())
            .build();
    Listener listener = build(spec, http80()).get(0);
    assertThat(listener.mutualAuthentication()).isEmpty();
    assertThat(listener.sslPolicy()).isEmpty();
    assertThat(listener.attributes()).containsEntry("routing.http.response.server.enabled", "false");
    assertThat(LbFixtures.diagnostics(statuses))
        .anyMatch(d -> d.contains("|.spec.listenerConfigurations[protocolPort=HTTP:80].mutualAuthentication|"))
        .anyMatch(d -> d.contains("|.spec.listenerConfigurations[protocolPort=HTTP:80].sslPolicy|"));
  }

  @Test
  void entriesThatMatchNoPortAndNlbSettingsAreReported() {
    LoadBalancerConfigurationSpec spec =
        LoadBalancerConfigurationSpec.builder()
            .addListenerConfigurations(
                ListenerConfiguration.builder().protocolPort("HTTPS:8443").defaultCertificate("arn:x").build(),
                ListenerConfiguration.builder()
                    .protocolPort("HTTP:80")
                    .quicEnabled(true)
                    .alpnPolicy(AlpnPolicy.HTTP2_PREFERRED)
                    .build())
            .build();
    build(spec, http80());
    assertThat(LbFixtures.diagnostics(statuses))
        .anyMatch(d -> d.contains("HTTPS:8443") && d.contains("matches no listener"))
        .anyMatch(d -> d.contains(".quicEnabled|"))
        .anyMatch(d -> d.contains(".alpnPolicy|"));
  }

  @Test
  void portsBeyondTheListenerQuotaGetNoListenerAndTheirGatewayListenersAreNotAccepted() {
    TranslatorOptions options =
        TranslatorOptions.builder().quotas(AlbQuotas.builder().listenersPerLoadBalancer(1).build()).build();
    List<Listener> listeners =
        Listeners.build(context(LoadBalancerConfigurationSpec.builder().build(), options), List.of(https443("a.example.com"), http80()));
    assertThat(listeners).extracting(Listener::port).containsExactly(80);
    Condition accepted = condition("https", Reasons.ACCEPTED);
    assertThat(accepted.status()).isEqualTo(ConditionStatus.FALSE);
    assertThat(accepted.reason()).isEqualTo(Reasons.PORT_UNAVAILABLE);
    assertThat(accepted.message()).contains("at most 1 listeners").contains("Listeners per Application Load Balancer");
  }

  @Test
  void certificatesBeyondTheQuotaAreLeftOutAndTheListenerSaysSo() {
    TranslatorOptions options =
        TranslatorOptions.builder().quotas(AlbQuotas.builder().certificatesPerLoadBalancer(2).build()).build();
    LoadBalancerConfigurationSpec spec =
        LoadBalancerConfigurationSpec.builder()
            .addListenerConfigurations(
                ListenerConfiguration.builder()
                    .protocolPort("HTTPS:")
                    .defaultCertificate("arn:d")
                    .addCertificates("arn:1", "arn:2", "arn:3")
                    .build())
            .build();
    List<ListenerPort> ports = new ArrayList<>();
    ports.add(https443(""));
    List<Listener> listeners = Listeners.build(context(spec, options), ports);
    assertThat(listeners.get(0).certificates())
        .containsExactly(Certificate.of("arn:d", true), Certificate.of("arn:1", false), Certificate.of("arn:2", false));
    Condition resolved = condition("https", Reasons.RESOLVED_REFS);
    assertThat(resolved.status()).isEqualTo(ConditionStatus.FALSE);
    assertThat(resolved.reason()).isEqualTo(Reasons.INVALID_CERTIFICATE_REF);
    assertThat(resolved.message()).contains("arn:3").contains("Certificates per Application Load Balancer");
  }

  @Test
  void aProtocolOnlyEntryAppliesToEveryPortOfThatProtocol() {
    LoadBalancerConfigurationSpec spec =
        LoadBalancerConfigurationSpec.builder()
            .addListenerConfigurations(
                ListenerConfiguration.builder().protocolPort("HTTPS:").sslPolicy("ELBSecurityPolicy-FS-1-2-Res-2020-10").build())
            .build();
    List<Listener> listeners =
        build(spec, https443("a.example.com"), LbFixtures.port(gateway, "alt", Protocol.HTTPS, 8443, "b.example.com"));
    assertThat(listeners).extracting(l -> l.sslPolicy().orElseThrow())
        .containsOnly("ELBSecurityPolicy-FS-1-2-Res-2020-10");
  }

  @Test
  void moreThanTwoVerifyListenersAreReportedButKeepVerifying() {
    LoadBalancerConfigurationSpec spec =
        LoadBalancerConfigurationSpec.builder()
            .addListenerConfigurations(
                ListenerConfiguration.builder()
                    .protocolPort("HTTPS:")
                    .defaultCertificate("arn:c")
                    .mutualAuthentication(
                        MutualAuthenticationAttributes.builder()
                            .mode(MutualAuthenticationMode.VERIFY)
                            .trustStore("partners")
                            .build())
                    .build())
            .build();
    List<Listener> listeners =
        build(
            spec,
            https443(""),
            LbFixtures.port(gateway, "b", Protocol.HTTPS, 8443, ""),
            LbFixtures.port(gateway, "c", Protocol.HTTPS, 9443, ""));
    assertThat(listeners).allMatch(l -> l.mutualAuthentication().orElseThrow().mode() == MutualAuthenticationMode.VERIFY);
    assertThat(LbFixtures.diagnostics(statuses))
        .anyMatch(d -> d.contains("verify mode on at most 2 listeners") && d.contains("HTTPS:9443"));
  }
}
