/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.core.AddressType;
import io.elbgateway.model.core.Endpoint;
import io.elbgateway.model.core.EndpointPort;
import io.elbgateway.model.core.EndpointSlice;
import io.elbgateway.model.core.ImmutableEndpointSlice;
import io.elbgateway.model.meta.ObjectMeta;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointSliceValidatorTest {

  private static final Endpoint POD =
      Endpoint.builder()
          .addAddress("192.168.10.21")
          .nodeName("ip-192-168-10-5.ec2.internal")
          .build();
  private static final EndpointPort HTTP = EndpointPort.builder().name("http").port(8080).build();

  private static ImmutableEndpointSlice slice(AddressType type, Endpoint... endpoints) {
    return ImmutableEndpointSlice.builder()
        .metadata(ObjectMeta.of("shop", "cart-abc"))
        .addressType(type)
        .addEndpoints(endpoints)
        .addPort(HTTP)
        .build();
  }

  private static List<Violation> validate(EndpointSlice slice) {
    Checks checks = Checks.forObject(slice.key());
    new EndpointSliceValidator().validate(slice, checks);
    return checks.violations();
  }

  private static void assertSingle(EndpointSlice slice, String path, String message) {
    List<Violation> violations = validate(slice);
    assertThat(violations).extracting(v -> v.path().toString()).containsExactly(path);
    assertThat(violations.get(0).message()).contains(message);
  }

  private static Endpoint address(String address) {
    return Endpoint.builder().addAddress(address).build();
  }

  @Test
  void validSlicesPass() {
    assertThat(validate(slice(AddressType.IPV4, POD, address("10.0.0.1")))).isEmpty();
    assertThat(
            validate(slice(AddressType.IPV6, address("2600:1f14:abc::12"), address("fd00::1:2"))))
        .isEmpty();
    assertThat(validate(slice(AddressType.IPV6, address("::ffff:10.1.2.3")))).isEmpty();
    assertThat(validate(slice(AddressType.FQDN, address("db.shop.svc.cluster.local.")))).isEmpty();
    assertThat(validate(slice(AddressType.IPV4))).isEmpty();
  }

  @Test
  void atMost1000Endpoints() {
    List<Endpoint> many = new ArrayList<>(Collections.nCopies(1001, POD));
    assertSingle(
        slice(AddressType.IPV4).withEndpoints(many), ".endpoints", "at most 1000 items (has 1001)");
  }

  @Test
  void endpointNeedsAnAddress() {
    assertSingle(
        slice(AddressType.IPV4, Endpoint.builder().build()),
        ".endpoints[0].addresses",
        "at least 1 item");
  }

  @Test
  void atMost100AddressesPerEndpoint() {
    Endpoint big = Endpoint.builder().addresses(Collections.nCopies(101, "10.0.0.1")).build();
    assertSingle(slice(AddressType.IPV4, big), ".endpoints[0].addresses", "at most 100 items");
  }

  @Test
  void ipv4AddressesMustParse() {
    for (String bad : List.of("10.0.0", "10.0.0.256", "010.0.0.1", "fd00::1", "a.b.c.d")) {
      assertSingle(
          slice(AddressType.IPV4, POD, address(bad)),
          ".endpoints[1].addresses[0]",
          "not a valid IPv4 address");
    }
  }

  @Test
  void ipv4AddressesMayNotBeSpecial() {
    for (String bad : List.of("0.0.0.0", "127.0.0.1", "169.254.169.254", "224.0.0.5")) {
      assertSingle(
          slice(AddressType.IPV4, address(bad)),
          ".endpoints[0].addresses[0]",
          "loopback or link-local");
    }
  }

  @Test
  void ipv6AddressesMustParse() {
    for (String bad :
        List.of(
            "10.0.0.1", "fd00:::1", "fd00::1::2", "12345::1", "1:2:3:4:5:6:7", "fe80::1%eth0")) {
      assertSingle(
          slice(AddressType.IPV6, address(bad)),
          ".endpoints[0].addresses[0]",
          "not a valid IPv6 address");
    }
  }

  @Test
  void ipv6AddressesMayNotBeSpecial() {
    for (String bad : List.of("::", "::1", "fe80::1", "ff02::2", "::ffff:127.0.0.1")) {
      assertSingle(
          slice(AddressType.IPV6, address(bad)),
          ".endpoints[0].addresses[0]",
          "loopback or link-local");
    }
  }

  @Test
  void fqdnAddressesNeedTwoLabels() {
    assertSingle(
        slice(AddressType.FQDN, address("localhost")),
        ".endpoints[0].addresses[0]",
        "fully qualified domain name");
    assertSingle(
        slice(AddressType.FQDN, address("Bad_Name.example.com")),
        ".endpoints[0].addresses[0]",
        "not a valid");
  }

  @Test
  void hostnameIsDnsLabel() {
    assertSingle(
        slice(AddressType.IPV4, Endpoint.builder().from(POD).hostname("pod.one").build()),
        ".endpoints[0].hostname",
        "not a valid DNS label");
  }

  @Test
  void nodeNameIsObjectName() {
    assertSingle(
        slice(AddressType.IPV4, Endpoint.builder().from(POD).nodeName("Node_1").build()),
        ".endpoints[0].nodeName",
        "not a valid object name");
  }

  @Test
  void atMost100Ports() {
    List<EndpointPort> ports = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      ports.add(EndpointPort.builder().name("p" + i).port(1000 + i).build());
    }
    assertSingle(
        slice(AddressType.IPV4, POD).withPorts(ports), ".ports", "at most 100 items (has 101)");
  }

  @Test
  void portNameIsDnsLabel() {
    assertSingle(
        slice(AddressType.IPV4, POD)
            .withPorts(EndpointPort.builder().name("HTTP").port(80).build()),
        ".ports[0].name",
        "not a valid DNS label");
  }

  @Test
  void portNamesAreUniqueIncludingTheUnnamedPort() {
    assertSingle(
        slice(AddressType.IPV4, POD)
            .withPorts(HTTP, EndpointPort.builder().name("http").port(81).build()),
        ".ports[1].name",
        "duplicate port name http");
    assertSingle(
        slice(AddressType.IPV4, POD)
            .withPorts(
                EndpointPort.builder().port(80).build(), EndpointPort.builder().port(81).build()),
        ".ports[1].name",
        "duplicate unnamed port");
  }

  @Test
  void appProtocolIsQualifiedName() {
    assertSingle(
        slice(AddressType.IPV4, POD)
            .withPorts(EndpointPort.builder().from(HTTP).appProtocol("a/b/c").build()),
        ".ports[0].appProtocol",
        "not a valid qualified name");
  }
}
