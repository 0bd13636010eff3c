/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import static io.elbgateway.model.TestManifests.read;
import static io.elbgateway.model.TestManifests.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.meta.ObjectMeta;
import io.elbgateway.model.meta.RouteGroupKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayTest {

  @Test
  void readsTheSeedGatewayWithInfrastructureParametersAndSelectorRoutes() {
    Gateway gateway = read("gateway/gateway-seed.yaml", Gateway.class);

    assertThat(gateway.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1beta1");
    assertThat(gateway.metadata().namespace()).contains("kube-system");
    assertThat(gateway.spec().gatewayClassName()).isEqualTo("aws-alb-gateway-class");
    assertThat(gateway.spec().infrastructure().orElseThrow().parametersRef())
        .hasValueSatisfying(ref -> {
          assertThat(ref.group()).isEqualTo("gateway.k8s.aws");
          assertThat(ref.kind()).isEqualTo("LoadBalancerConfiguration");
          assertThat(ref.name()).isEqualTo("alb-config");
          assertThat(ref.namespace()).isEmpty();
        });
    assertThat(gateway.spec().listeners()).extracting(Listener::name).containsExactly("http", "https");
    Listener https = gateway.spec().listeners().get(1);
    assertThat(https.port()).isEqualTo(443);
    assertThat(https.protocol()).isEqualTo(ProtocolType.HTTPS);
    assertThat(https.hostname()).contains("www.example.com");
    assertThat(https.tls()).isEmpty();
    assertThat(https.tlsMode()).isEmpty();
    RouteNamespaces namespaces = https.allowedRoutes().namespaces();
    assertThat(namespaces.from()).isEqualTo(FromNamespaces.SELECTOR);
    assertThat(namespaces.selector().orElseThrow().matchLabels())
        .containsExactly(Map.entry("kubernetes.io/metadata.name", "my-web"));
    assertRoundTrip(gateway, Gateway.class);
  }

  @Test
  void readsABasicGateway() {
    Gateway gateway = read("gateway/gateway-basic.yaml", Gateway.class);

    assertThat(gateway.apiVersion()).isEqualTo(Gateway.API_VERSION);
    Listener listener = gateway.spec().listeners().get(0);
    assertThat(listener.name()).isEqualTo("prod-web-gw");
    assertThat(listener.port()).isEqualTo(80);
    assertThat(listener.hasProtocol(ProtocolType.HTTP)).isTrue();
    assertThat(listener.hostname()).isEmpty();
    assertThat(gateway.spec().addresses()).isEmpty();
    assertRoundTrip(gateway, Gateway.class);
  }

  @Test
  void readsAnHttpsGatewayWithCertificateRefsAndOptions() {
    Gateway gateway = read("gateway/gateway-https.yaml", Gateway.class);

    Listener https = gateway.spec().listeners().get(1);
    assertThat(https.hostname()).contains("*.example.com");
    assertThat(https.tlsMode()).contains(TLSModeType.TERMINATE);
    assertThat(https.tls().orElseThrow().certificateRefs())
        .singleElement()
        .satisfies(ref -> {
          assertThat(ref.group()).isEmpty();
          assertThat(ref.kind()).isEqualTo("Secret");
          assertThat(ref.name()).isEqualTo("wildcard-example-com");
          assertThat(ref.namespace()).contains("certificates");
        });
    assertThat(https.allowedRoutes().namespaces().from()).isEqualTo(FromNamespaces.ALL);
    assertThat(https.allowedRoutes().kinds())
        .containsExactly(RouteGroupKind.of("HTTPRoute"), RouteGroupKind.of("GRPCRoute"));
    Listener acm = gateway.spec().listeners().get(2);
    assertThat(acm.tls().orElseThrow().certificateRefs()).isEmpty();
    assertThat(acm.tls().orElseThrow().options())
        .containsEntry("gateway.k8s.aws/certificate-arn", "arn:aws:acm:eu-west-1:123456789012:certificate/abc");
    assertRoundTrip(gateway, Gateway.class);
  }

  @Test
  void readsATlsPassthroughListener() {
    Gateway gateway = read("gateway/gateway-tls-passthrough.yaml", Gateway.class);

    Listener listener = gateway.spec().listeners().get(0);
    assertThat(listener.hasProtocol(ProtocolType.TLS)).isTrue();
    assertThat(listener.tlsMode()).contains(TLSModeType.PASSTHROUGH);
    assertThat(listener.allowedRoutes().kinds()).containsExactly(RouteGroupKind.of("TLSRoute"));
    String yaml = assertRoundTrip(gateway, Gateway.class);
    assertThat(yaml).contains("mode: Passthrough");
  }

  @Test
  void readsAddressesWithDefaultTypeAndStatus() {
    Gateway gateway = read("gateway/gateway-addresses.yaml", Gateway.class);

    assertThat(gateway.spec().addresses())
        .extracting(GatewaySpecAddress::type)
        .containsExactly("IPAddress", "IPAddress", "Hostname", "example.com/eip", "IPAddress");
    assertThat(gateway.spec().addresses().get(0).value()).contains("192.0.2.10");
    assertThat(gateway.spec().addresses().get(4).value()).isEmpty();
    assertThat(gateway.status().orElseThrow().addresses()).singleElement()
        .satisfies(a -> assertThat(a.value()).isEqualTo("192.0.2.10"));
    assertThat(gateway.status().orElseThrow().listeners().get(0).attachedRoutes()).isEqualTo(2);
    assertRoundTrip(gateway, Gateway.class);
  }

  @Test
  void readsExperimentalFields() {
    Gateway gateway = read("gateway/gateway-experimental.yaml", Gateway.class);
    GatewaySpec spec = gateway.spec();

    assertThat(spec.defaultScope()).contains(GatewayDefaultScope.ALL);
    assertThat(spec.allowedListeners().orElseThrow().namespaces().from()).isEqualTo(FromNamespaces.SELECTOR);
    GatewayInfrastructure infrastructure = spec.infrastructure().orElseThrow();
    assertThat(infrastructure.labels()).containsEntry("team", "platform");
    assertThat(infrastructure.annotations()).containsEntry("example.com/owner", "platform-team");
    GatewayTLSConfig tls = spec.tls().orElseThrow();
    assertThat(tls.backend().orElseThrow().clientCertificateRef().orElseThrow().name())
        .isEqualTo("gateway-client-cert");
    FrontendTLSConfig frontend = tls.frontend().orElseThrow();
    FrontendTLSValidation byDefault = frontend.defaultConfig().validation().orElseThrow();
    assertThat(byDefault.mode()).isEqualTo(FrontendValidationModeType.ALLOW_VALID_ONLY);
    assertThat(byDefault.caCertificateRefs().get(0).kind()).isEqualTo("ConfigMap");
    TLSPortConfig perPort = frontend.perPort().get(0);
    assertThat(perPort.port()).isEqualTo(8443);
    assertThat(perPort.tls().validation().orElseThrow().mode())
        .isEqualTo(FrontendValidationModeType.ALLOW_INSECURE_FALLBACK);
    assertThat(spec.backendTLS().orElseThrow().clientCertificateRef().orElseThrow().name())
        .isEqualTo("legacy-client-cert");
    assertThat(spec.listeners().get(0).tls().orElseThrow().frontendValidation().orElseThrow()
            .caCertificateRefs().get(0).name())
        .isEqualTo("legacy-ca");
    String yaml = assertRoundTrip(gateway, Gateway.class);
    assertThat(yaml).contains("default:").contains("defaultScope: All");
  }

  @Test
  void appliesTheCrdDefaults() {
    Listener listener = Listener.builder().name("https").port(443).protocol("HTTPS")
        .tls(ListenerTLSConfig.builder().build())
        .build();
    GatewaySpecAddress address = GatewaySpecAddress.builder().build();

    assertThat(listener.allowedRoutes().namespaces().from()).isEqualTo(FromNamespaces.SAME);
    assertThat(listener.allowedRoutes().namespaces().selector()).isEmpty();
    assertThat(listener.allowedRoutes().kinds()).isEmpty();
    assertThat(listener.tls().orElseThrow().mode()).isEqualTo(TLSModeType.TERMINATE);
    assertThat(listener.tlsMode()).contains(TLSModeType.TERMINATE);
    assertThat(address.type()).isEqualTo(GatewaySpecAddress.IP_ADDRESS);
    assertThat(AllowedListeners.builder().build().namespaces().from()).isEqualTo(FromNamespaces.NONE);
  }

  @Test
  void defaultsApplyWhenReadFromYaml() {
    Gateway gateway = read("gateway/gateway-https.yaml", Gateway.class);

    Listener http = gateway.spec().listeners().get(0);
    assertThat(http.allowedRoutes().namespaces().from()).isEqualTo(FromNamespaces.SAME);
    Listener acm = gateway.spec().listeners().get(2);
    assertThat(acm.tls().orElseThrow().mode()).isEqualTo(TLSModeType.TERMINATE);
  }

  @Test
  void builtWithoutVersionUsesV1() {
    Gateway gateway = Gateway.builder()
        .metadata(ObjectMeta.of("infra", "gw"))
        .spec(GatewaySpec.builder().gatewayClassName("alb")
            .addListener(Listener.builder().name("http").port(80).protocol("HTTP").build())
            .build())
        .build();

    assertThat(gateway.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
    assertThat(gateway.key().display()).isEqualTo("Gateway infra/gw");
    assertRoundTrip(gateway, Gateway.class);
  }
}
