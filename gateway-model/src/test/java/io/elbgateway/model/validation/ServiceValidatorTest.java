/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.core.ImmutableService;
import io.elbgateway.model.core.ImmutableServiceSpec;
import io.elbgateway.model.core.IntOrString;
import io.elbgateway.model.core.IpFamily;
import io.elbgateway.model.core.IpFamilyPolicy;
import io.elbgateway.model.core.PortProtocol;
import io.elbgateway.model.core.Service;
import io.elbgateway.model.core.ServicePort;
import io.elbgateway.model.core.ServiceSpec;
import io.elbgateway.model.core.ServiceType;
import io.elbgateway.model.core.TrafficPolicy;
import io.elbgateway.model.meta.ObjectMeta;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ServiceValidatorTest {

  private static final ServicePort HTTP =
      ServicePort.builder().name("http").port(80).targetPort(IntOrString.of("http")).build();
  private static final ServicePort METRICS =
      ServicePort.builder().name("metrics").port(9090).targetPort(IntOrString.of(9090)).build();

  private static Service service(UnaryOperator<ImmutableServiceSpec.Builder> spec) {
    return ImmutableService.builder()
        .metadata(ObjectMeta.of("shop", "cart"))
        .spec(spec.apply(ServiceSpec.builder().addPorts(HTTP, METRICS)).build())
        .build();
  }

  private static List<Violation> validate(Service service) {
    Checks checks = Checks.forObject(service.key());
    new ServiceValidator().validate(service, checks);
    return checks.violations();
  }

  private static void assertSingle(Service service, String path, String message) {
    List<Violation> violations = validate(service);
    assertThat(violations).extracting(v -> v.path().toString()).containsExactly(path);
    assertThat(violations.get(0).message()).contains(message);
  }

  private static Service withPorts(ServicePort... ports) {
    return ImmutableService.builder()
        .metadata(ObjectMeta.of("shop", "cart"))
        .spec(ServiceSpec.builder().addPorts(ports).build())
        .build();
  }

  @Test
  void validServicePasses() {
    assertThat(validate(service(b -> b))).isEmpty();
    assertThat(
            validate(
                service(
                    b ->
                        b.type(ServiceType.LOAD_BALANCER)
                            .externalTrafficPolicy(TrafficPolicy.LOCAL)
                            .healthCheckNodePort(32000)
                            .addIpFamilies(IpFamily.IPV4, IpFamily.IPV6)
                            .ipFamilyPolicy(IpFamilyPolicy.REQUIRE_DUAL_STACK))))
        .isEmpty();
  }

  @Test
  void portsAreRequiredUnlessHeadlessOrExternalName() {
    Service none = withPorts();
    assertSingle(none, ".spec.ports", "at least 1 item");
    assertThat(
            validate(
                ImmutableService.copyOf(none)
                    .withSpec(ServiceSpec.builder().clusterIP("None").build())))
        .isEmpty();
    assertThat(
            validate(
                ImmutableService.copyOf(none)
                    .withSpec(
                        ServiceSpec.builder()
                            .type(ServiceType.EXTERNAL_NAME)
                            .externalName("db.example.com")
                            .build())))
        .isEmpty();
  }

  @Test
  void portNameRequiredWithSeveralPorts() {
    assertSingle(
        withPorts(HTTP, ServicePort.builder().port(8443).build()),
        ".spec.ports[1].name",
        "required value");
    assertThat(validate(withPorts(ServicePort.builder().port(8443).build()))).isEmpty();
  }

  @Test
  void portNameMustBeDnsLabel() {
    assertSingle(
        withPorts(ServicePort.builder().from(HTTP).name("Web_UI").build(), METRICS),
        ".spec.ports[0].name",
        "not a valid DNS label");
  }

  @Test
  void portNamesAreUnique() {
    assertSingle(
        withPorts(HTTP, ServicePort.builder().from(METRICS).name("http").build()),
        ".spec.ports[1].name",
        "duplicate port name http");
  }

  @Test
  void portNumberInRange() {
    assertSingle(
        withPorts(ServicePort.builder().from(HTTP).port(70000).build()),
        ".spec.ports[0].port",
        "between 1 and 65535");
  }

  @Test
  void portAndProtocolAreUnique() {
    assertSingle(
        withPorts(HTTP, ServicePort.builder().from(METRICS).port(80).build()),
        ".spec.ports[1]",
        "duplicate port 80/TCP");
    assertThat(
            validate(
                withPorts(
                    HTTP,
                    ServicePort.builder()
                        .from(METRICS)
                        .port(80)
                        .protocol(PortProtocol.UDP)
                        .build())))
        .isEmpty();
  }

  @Test
  void numericTargetPortInRange() {
    assertSingle(
        withPorts(ServicePort.builder().from(HTTP).targetPort(IntOrString.of(0)).build()),
        ".spec.ports[0].targetPort",
        "between 1 and 65535");
  }

  @Test
  void namedTargetPortIsIanaServiceName() {
    for (String bad : List.of("http-metrics-port", "8080", "my--port", "-http", "HTTP")) {
      assertSingle(
          withPorts(ServicePort.builder().from(HTTP).targetPort(IntOrString.of(bad)).build()),
          ".spec.ports[0].targetPort",
          bad.length() > 15 ? "at most 15 characters" : "not a valid IANA service name");
    }
    assertThat(
            validate(
                withPorts(
                    ServicePort.builder().from(HTTP).targetPort(IntOrString.of("h2c-9")).build())))
        .isEmpty();
  }

  @Test
  void nodePortForbiddenForClusterIp() {
    assertSingle(
        withPorts(ServicePort.builder().from(HTTP).nodePort(31080).build()),
        ".spec.ports[0].nodePort",
        "may not be used when type is ClusterIP");
  }

  @Test
  void nodePortInRange() {
    assertSingle(
        service(
            b ->
                b.type(ServiceType.NODE_PORT)
                    .ports(List.of(ServicePort.builder().from(HTTP).nodePort(0).build()))),
        ".spec.ports[0].nodePort",
        "between 1 and 65535");
  }

  @Test
  void appProtocolIsQualifiedName() {
    assertThat(
            validate(
                withPorts(
                    ServicePort.builder().from(HTTP).appProtocol("kubernetes.io/h2c").build())))
        .isEmpty();
    assertThat(validate(withPorts(ServicePort.builder().from(HTTP).appProtocol("http").build())))
        .isEmpty();
  }

  @Test
  void appProtocolRejectsBadName() {
    assertSingle(
        withPorts(ServicePort.builder().from(HTTP).appProtocol("not valid!").build()),
        ".spec.ports[0].appProtocol",
        "not a valid qualified name");
  }

  @Test
  void externalNameRequiredForExternalNameType() {
    assertSingle(
        service(b -> b.type(ServiceType.EXTERNAL_NAME)), ".spec.externalName", "required value");
  }

  @Test
  void externalNameMustBeDnsName() {
    assertSingle(
        service(b -> b.type(ServiceType.EXTERNAL_NAME).externalName("db_primary.example.com")),
        ".spec.externalName",
        "not a valid");
    assertThat(
            validate(
                service(b -> b.type(ServiceType.EXTERNAL_NAME).externalName("db.example.com."))))
        .isEmpty();
  }

  @Test
  void clusterIpForbiddenForExternalName() {
    assertSingle(
        service(
            b ->
                b.type(ServiceType.EXTERNAL_NAME)
                    .externalName("db.example.com")
                    .clusterIP("10.0.0.1")),
        ".spec.clusterIP",
        "may not be set for ExternalName");
  }

  @Test
  void atMostTwoUniqueIpFamilies() {
    assertSingle(
        service(b -> b.addIpFamilies(IpFamily.IPV4, IpFamily.IPV6, IpFamily.IPV4)),
        ".spec.ipFamilies",
        "at most 2 items");
    assertSingle(
        service(b -> b.addIpFamilies(IpFamily.IPV6, IpFamily.IPV6)),
        ".spec.ipFamilies[1]",
        "duplicate IP family IPv6");
  }

  @Test
  void twoIpFamiliesNeedDualStackPolicy() {
    assertSingle(
        service(
            b ->
                b.addIpFamilies(IpFamily.IPV4, IpFamily.IPV6)
                    .ipFamilyPolicy(IpFamilyPolicy.SINGLE_STACK)),
        ".spec.ipFamilyPolicy",
        "PreferDualStack or RequireDualStack");
  }

  @Test
  void healthCheckNodePortOnlyForLocalLoadBalancer() {
    assertSingle(
        service(b -> b.type(ServiceType.LOAD_BALANCER).healthCheckNodePort(32000)),
        ".spec.healthCheckNodePort",
        "only be set when type is LoadBalancer and externalTrafficPolicy is Local");
    assertSingle(
        service(
            b ->
                b.type(ServiceType.LOAD_BALANCER)
                    .externalTrafficPolicy(TrafficPolicy.LOCAL)
                    .healthCheckNodePort(70000)),
        ".spec.healthCheckNodePort",
        "between 1 and 65535");
  }
}
