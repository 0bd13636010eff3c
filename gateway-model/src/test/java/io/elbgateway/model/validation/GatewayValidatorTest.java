/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import static io.elbgateway.model.TestManifests.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.gateway.AllowedListeners;
import io.elbgateway.model.gateway.AllowedRoutes;
import io.elbgateway.model.gateway.FromNamespaces;
import io.elbgateway.model.gateway.FrontendTLSConfig;
import io.elbgateway.model.gateway.FrontendTLSValidation;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.GatewayInfrastructure;
import io.elbgateway.model.gateway.GatewaySpecAddress;
import io.elbgateway.model.gateway.GatewayTLSConfig;
import io.elbgateway.model.gateway.ImmutableAllowedRoutes;
import io.elbgateway.model.gateway.ImmutableFrontendTLSValidation;
import io.elbgateway.model.gateway.ImmutableGatewayInfrastructure;
import io.elbgateway.model.gateway.ImmutableGatewaySpec;
import io.elbgateway.model.gateway.ImmutableListener;
import io.elbgateway.model.gateway.ImmutableListenerTLSConfig;
import io.elbgateway.model.gateway.Listener;
import io.elbgateway.model.gateway.ListenerNamespaces;
import io.elbgateway.model.gateway.ListenerTLSConfig;
import io.elbgateway.model.gateway.RouteNamespaces;
import io.elbgateway.model.gateway.TLSConfig;
import io.elbgateway.model.gateway.TLSModeType;
import io.elbgateway.model.gateway.TLSPortConfig;
import io.elbgateway.model.meta.ObjectReference;
import io.elbgateway.model.meta.ParametersReference;
import io.elbgateway.model.meta.RouteGroupKind;
import io.elbgateway.model.meta.SecretObjectReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GatewayValidatorTest {

  private static final Gateway BASIC = read("gateway/gateway-basic.yaml", Gateway.class);

  private static final ListenerTLSConfig CERT =
      ListenerTLSConfig.builder().addCertificateRef(SecretObjectReference.builder().name("cert").build()).build();

  static List<Violation> validate(Gateway gateway) {
    Checks checks = Checks.forObject(gateway.key());
    new GatewayValidator().validate(gateway, checks);
    return checks.violations();
  }

  static Gateway with(UnaryOperator<ImmutableGatewaySpec.Builder> change) {
    return Gateway.builder()
        .from(BASIC)
        .spec(change.apply(ImmutableGatewaySpec.builder().from(BASIC.spec())).build())
        .build();
  }

  static Gateway withListeners(Listener... listeners) {
    return with(s -> s.listeners(List.of(listeners)));
  }

  static ImmutableListener.Builder listener(String name, int port, String protocol) {
    return Listener.builder().name(name).port(port).protocol(protocol);
  }

  static void assertOnly(List<Violation> violations, String path, String fragment) {
    assertThat(violations)
        .as("violations %s", violations.stream().map(Violation::render).toList())
        .singleElement()
        .satisfies(v -> {
          assertThat(v.path().toString()).isEqualTo(path);
          assertThat(v.message()).contains(fragment);
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "gateway-seed.yaml", "gateway-basic.yaml", "gateway-https.yaml",
      "gateway-tls-passthrough.yaml", "gateway-addresses.yaml", "gateway-experimental.yaml"})
  void realisticGatewaysAreValid(String manifest) {
    assertThat(validate(read("gateway/" + manifest, Gateway.class))).isEmpty();
  }

  @Test
  void gatewayClassNameMustBeAnObjectName() {
    assertOnly(validate(with(s -> s.gatewayClassName("Bad_Class"))), ".spec.gatewayClassName", "object name");
  }

  @Test
  void needsAtLeastOneListener() {
    assertOnly(validate(withListeners()), ".spec.listeners", "at least 1 item");
  }

  @Test
  void allowsAtMost64Listeners() {
    Listener[] many = IntStream.range(0, 65)
        .mapToObj(i -> listener("l" + i, 1000 + i, "HTTP").build()).toArray(Listener[]::new);
    assertOnly(validate(withListeners(many)), ".spec.listeners", "at most 64 items (has 65)");
  }

  @Test
  void listenerNamesAreUnique() {
    assertOnly(
        validate(withListeners(listener("web", 80, "HTTP").build(), listener("web", 81, "HTTP").build())),
        ".spec.listeners[1]",
        "duplicate listener name web");
  }

  @Test
  void portProtocolAndHostnameAreUniqueTogether() {
    Listener a = listener("a", 80, "HTTP").hostname("a.example.com").build();
    Listener b = listener("b", 80, "HTTP").hostname("a.example.com").build();
    Listener c = listener("c", 80, "HTTP").hostname("c.example.com").build();
    Listener d = listener("d", 80, "HTTP").build();
    assertOnly(validate(withListeners(a, b, c, d)), ".spec.listeners[1]", "duplicate port/protocol/hostname");
  }

  @Test
  void listenerNameIsASectionName() {
    assertOnly(validate(withListeners(listener("Web_1", 80, "HTTP").build())), ".spec.listeners[0].name", "section name");
  }

  @Test
  void listenerHostnameHasHostnameFormat() {
    assertOnly(
        validate(withListeners(listener("web", 80, "HTTP").hostname("WWW.example.com").build())),
        ".spec.listeners[0].hostname",
        "hostname");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 65536})
  void portIsBetween1And65535(int port) {
    assertOnly(validate(withListeners(listener("web", port, "HTTP").build())), ".spec.listeners[0].port", "between 1 and 65535");
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.com", "foo.example.com", "HTTP/2", ""})
  void protocolIsACoreNameOrDomainPrefixed(String protocol) {
    assertThat(validate(withListeners(listener("web", 80, protocol).build())))
        .extracting(v -> v.path().toString())
        .containsExactly(".spec.listeners[0].protocol");
  }

  @Test
  void domainPrefixedProtocolsAreAccepted() {
    assertThat(validate(withListeners(listener("web", 80, "example.com/quic").build()))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"HTTP", "TCP", "UDP", "http"})
  void tlsIsForbiddenForHttpTcpAndUdp(String protocol) {
    assertOnly(
        validate(withListeners(listener("l", 80, protocol).tls(CERT).build())),
        ".spec.listeners[0].tls",
        "tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']");
  }

  @Test
  void httpsTlsModeMustBeTerminate() {
    ListenerTLSConfig passthrough = ListenerTLSConfig.builder().mode(TLSModeType.PASSTHROUGH).build();
    assertOnly(
        validate(withListeners(listener("l", 443, "HTTPS").tls(passthrough).build())),
        ".spec.listeners[0].tls.mode",
        "tls mode must be Terminate for protocol HTTPS");
  }

  @Test
  void tlsProtocolNeedsTls() {
    assertOnly(validate(withListeners(listener("l", 443, "TLS").build())), ".spec.listeners[0].tls", "tls mode must be set for protocol TLS");
  }

  @ParameterizedTest
  @ValueSource(strings = {"TCP", "UDP"})
  void hostnameIsForbiddenForTcpAndUdp(String protocol) {
    assertOnly(
        validate(withListeners(listener("l", 53, protocol).hostname("dns.example.com").build())),
        ".spec.listeners[0].hostname",
        "hostname must not be specified for protocols ['TCP', 'UDP']");
  }

  @Test
  void terminateNeedsACertificateOrAnOption() {
    assertOnly(
        validate(withListeners(listener("l", 443, "HTTPS").tls(ListenerTLSConfig.builder().build()).build())),
        ".spec.listeners[0].tls",
        "certificateRefs or options must be specified when mode is Terminate");
  }

  @Test
  void passthroughNeedsNoCertificate() {
    ListenerTLSConfig passthrough = ListenerTLSConfig.builder().mode(TLSModeType.PASSTHROUGH).build();
    assertThat(validate(withListeners(listener("l", 443, "TLS").tls(passthrough).build()))).isEmpty();
  }

  @Test
  void allowsAtMost64CertificateRefs() {
    ImmutableListenerTLSConfig.Builder tls = ListenerTLSConfig.builder();
    IntStream.range(0, 65).forEach(i -> tls.addCertificateRef(SecretObjectReference.builder().name("c" + i).build()));
    assertOnly(
        validate(withListeners(listener("l", 443, "HTTPS").tls(tls.build()).build())),
        ".spec.listeners[0].tls.certificateRefs",
        "at most 64 items");
  }

  @Test
  void certificateRefFieldsHaveTheirFormats() {
    ListenerTLSConfig tls = ListenerTLSConfig.builder()
        .addCertificateRef(SecretObjectReference.builder().name("Bad_Name").build()).build();
    assertOnly(
        validate(withListeners(listener("l", 443, "HTTPS").tls(tls).build())),
        ".spec.listeners[0].tls.certificateRefs[0].name",
        "object name");
  }

  @Test
  void allowsAtMost16Options() {
    ImmutableListenerTLSConfig.Builder tls = ListenerTLSConfig.builder();
    IntStream.range(0, 17).forEach(i -> tls.putOption("example.com/o" + i, "v"));
    assertOnly(
        validate(withListeners(listener("l", 443, "HTTPS").tls(tls.build()).build())),
        ".spec.listeners[0].tls.options",
        "at most 16 items");
  }

  @Test
  void optionKeysHaveAnnotationKeyFormat() {
    ListenerTLSConfig tls = ListenerTLSConfig.builder().putOption("bad~key", "v").build();
    assertOnly(
        validate(withListeners(listener("l", 443, "HTTPS").tls(tls).build())),
        ".spec.listeners[0].tls.options.bad~key",
        "option key");
  }

  @Test
  void legacyFrontendValidationNeedsACaCertificate() {
    ListenerTLSConfig tls = ListenerTLSConfig.builder().from(CERT)
        .frontendValidation(FrontendTLSValidation.builder().build()).build();
    assertOnly(
        validate(withListeners(listener("l", 443, "HTTPS").tls(tls).build())),
        ".spec.listeners[0].tls.frontendValidation.caCertificateRefs",
        "at least 1 item");
  }

  @Test
  void allowsAtMost8RouteKinds() {
    ImmutableAllowedRoutes.Builder routes = AllowedRoutes.builder();
    IntStream.range(0, 9).forEach(i -> routes.addKind(RouteGroupKind.of("Route" + i)));
    assertOnly(
        validate(withListeners(listener("l", 80, "HTTP").allowedRoutes(routes.build()).build())),
        ".spec.listeners[0].allowedRoutes.kinds",
        "at most 8 items");
  }

  @Test
  void selectorIsRequiredWhenRoutesComeFromSelectedNamespaces() {
    AllowedRoutes routes = AllowedRoutes.builder()
        .namespaces(RouteNamespaces.builder().from(FromNamespaces.SELECTOR).build()).build();
    assertOnly(
        validate(withListeners(listener("l", 80, "HTTP").allowedRoutes(routes).build())),
        ".spec.listeners[0].allowedRoutes.namespaces.selector",
        "selector must be specified when from is Selector");
  }

  @Test
  void routesCannotComeFromNone() {
    AllowedRoutes routes = AllowedRoutes.builder()
        .namespaces(RouteNamespaces.builder().from(FromNamespaces.NONE).build()).build();
    assertOnly(
        validate(withListeners(listener("l", 80, "HTTP").allowedRoutes(routes).build())),
        ".spec.listeners[0].allowedRoutes.namespaces.from",
        "must be one of All, Selector, Same");
  }

  @Test
  void allowsAtMost16Addresses() {
    List<GatewaySpecAddress> addresses = new ArrayList<>();
    IntStream.range(0, 17).forEach(i -> addresses.add(GatewaySpecAddress.builder().value("192.0.2." + i).build()));
    assertOnly(validate(with(s -> s.addresses(addresses))), ".spec.addresses", "at most 16 items");
  }

  @Test
  void addressTypeHasAddressTypeFormat() {
    GatewaySpecAddress bogus = GatewaySpecAddress.builder().type("Bogus").value("x").build();
    assertOnly(validate(with(s -> s.addAddress(bogus))), ".spec.addresses[0].type", "address type");
  }

  @ParameterizedTest
  @ValueSource(strings = {"300.1.1.1", "lb.example.com", "192.0.2.01", "192.0.2.0/24", "fe80::1%eth0", "1.2.3"})
  void ipAddressValuesMustBeIpAddresses(String value) {
    GatewaySpecAddress address = GatewaySpecAddress.builder().value(value).build();
    assertOnly(validate(with(s -> s.addAddress(address))), ".spec.addresses[0].value", "is not a valid IP address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"192.0.2.1", "0.0.0.0", "2001:db8::1", "::1", "::ffff:192.0.2.1"})
  void ipAddressValuesMayBeIpv4OrIpv6(String value) {
    GatewaySpecAddress address = GatewaySpecAddress.builder().value(value).build();
    assertThat(validate(with(s -> s.addAddress(address)))).isEmpty();
  }

  @Test
  void hostnameValuesHaveHostnameFormat() {
    GatewaySpecAddress address = GatewaySpecAddress.builder().type("Hostname").value("LB.example.com").build();
    assertOnly(validate(with(s -> s.addAddress(address))), ".spec.addresses[0].value", "hostname");
  }

  @Test
  void addressValuesAreAtMost253Characters() {
    GatewaySpecAddress address = GatewaySpecAddress.builder().type("example.com/name").value("a".repeat(254)).build();
    assertOnly(validate(with(s -> s.addAddress(address))), ".spec.addresses[0].value", "at most 253 characters");
  }

  @Test
  void ipAddressValuesAreUnique() {
    GatewaySpecAddress address = GatewaySpecAddress.builder().value("192.0.2.1").build();
    assertOnly(
        validate(with(s -> s.addAddresses(address, address))), ".spec.addresses[1].value", "IPAddress values must be unique");
  }

  @Test
  void hostnameValuesAreUnique() {
    GatewaySpecAddress address = GatewaySpecAddress.builder().type("Hostname").value("lb.example.com").build();
    assertOnly(
        validate(with(s -> s.addAddresses(address, address))), ".spec.addresses[1].value", "Hostname values must be unique");
  }

  @Test
  void addressesWithoutValueMayRepeat() {
    GatewaySpecAddress address = GatewaySpecAddress.builder().build();
    assertThat(validate(with(s -> s.addAddresses(address, address)))).isEmpty();
  }

  @Test
  void allowsAtMost8InfrastructureLabels() {
    ImmutableGatewayInfrastructure.Builder infrastructure = GatewayInfrastructure.builder();
    IntStream.range(0, 9).forEach(i -> infrastructure.putLabel("l" + i, "v"));
    assertOnly(
        validate(with(s -> s.infrastructure(infrastructure.build()))), ".spec.infrastructure.labels", "at most 8 items");
  }

  @Test
  void allowsAtMost8InfrastructureAnnotations() {
    ImmutableGatewayInfrastructure.Builder infrastructure = GatewayInfrastructure.builder();
    IntStream.range(0, 9).forEach(i -> infrastructure.putAnnotation("example.com/a" + i, "v"));
    assertOnly(
        validate(with(s -> s.infrastructure(infrastructure.build()))), ".spec.infrastructure.annotations", "at most 8 items");
  }

  @Test
  void infrastructureLabelKeysAreQualifiedNames() {
    GatewayInfrastructure infrastructure = GatewayInfrastructure.builder().putLabel("Example.com/team", "a").build();
    assertOnly(
        validate(with(s -> s.infrastructure(infrastructure))),
        ".spec.infrastructure.labels.Example.com/team",
        "label or annotation key");
  }

  @Test
  void infrastructureLabelValuesAreLabelValues() {
    GatewayInfrastructure infrastructure = GatewayInfrastructure.builder().putLabel("team", "-a").build();
    assertOnly(validate(with(s -> s.infrastructure(infrastructure))), ".spec.infrastructure.labels.team", "label value");
  }

  @Test
  void infrastructureParametersRefHasNoNamespace() {
    ParametersReference ref = ParametersReference.builder()
        .group("gateway.k8s.aws").kind("LoadBalancerConfiguration").name("alb").namespace("kube-system").build();
    GatewayInfrastructure infrastructure = GatewayInfrastructure.builder().parametersRef(ref).build();
    assertOnly(
        validate(with(s -> s.infrastructure(infrastructure))),
        ".spec.infrastructure.parametersRef.namespace",
        "must not be set");
  }

  @Test
  void allowedListenersSelectorIsRequiredForSelector() {
    AllowedListeners allowed = AllowedListeners.builder()
        .namespaces(ListenerNamespaces.builder().from(FromNamespaces.SELECTOR).build()).build();
    assertOnly(
        validate(with(s -> s.allowedListeners(allowed))),
        ".spec.allowedListeners.namespaces.selector",
        "selector must be specified");
  }

  @Test
  void frontendPerPortPortsAreUnique() {
    TLSConfig empty = TLSConfig.builder().build();
    TLSPortConfig port = TLSPortConfig.builder().port(8443).tls(empty).build();
    GatewayTLSConfig tls = GatewayTLSConfig.builder()
        .frontend(FrontendTLSConfig.builder().defaultConfig(empty).addPerPort(port, port).build()).build();
    assertOnly(validate(with(s -> s.tls(tls))), ".spec.tls.frontend.perPort[1]", "duplicate port 8443");
  }

  @Test
  void frontendValidationAllowsAtMost8CaCertificates() {
    ImmutableFrontendTLSValidation.Builder validation = FrontendTLSValidation.builder();
    IntStream.range(0, 9).forEach(i ->
        validation.addCaCertificateRef(ObjectReference.builder().group("").kind("ConfigMap").name("ca" + i).build()));
    GatewayTLSConfig tls = GatewayTLSConfig.builder()
        .frontend(FrontendTLSConfig.builder()
            .defaultConfig(TLSConfig.builder().validation(validation.build()).build()).build())
        .build();
    assertOnly(
        validate(with(s -> s.tls(tls))),
        ".spec.tls.frontend.default.validation.caCertificateRefs",
        "at most 8 items");
  }

  @Test
  void isIpAddressParsesLiteralsOnly() {
    assertThat(IpAddresses.isIpAddress("10.0.0.1")).isTrue();
    assertThat(IpAddresses.isIpAddress("2001:db8::")).isTrue();
    assertThat(IpAddresses.isIpAddress("localhost")).isFalse();
    assertThat(IpAddresses.isIpAddress("2001:db8::g")).isFalse();
    assertThat(IpAddresses.isIpAddress("a:b")).isFalse();
    assertThat(IpAddresses.isIpAddress("1:2:3:4:5:6:7:8:9")).isFalse();
  }
}
