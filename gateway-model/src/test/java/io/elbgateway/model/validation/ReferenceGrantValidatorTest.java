/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import static io.elbgateway.model.TestManifests.read;
import static io.elbgateway.model.validation.GatewayValidatorTest.assertOnly;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.gateway.ImmutableReferenceGrantSpec;
import io.elbgateway.model.gateway.ReferenceGrant;
import io.elbgateway.model.gateway.ReferenceGrantFrom;
import io.elbgateway.model.gateway.ReferenceGrantSpec;
import io.elbgateway.model.gateway.ReferenceGrantTo;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReferenceGrantValidatorTest {

  private static final ReferenceGrant GRANT = read("gateway/referencegrant.yaml", ReferenceGrant.class);

  private static List<Violation> validate(ReferenceGrant grant) {
    Checks checks = Checks.forObject(grant.key());
    new ReferenceGrantValidator().validate(grant, checks);
    return checks.violations();
  }

  private static ReferenceGrant with(UnaryOperator<ImmutableReferenceGrantSpec.Builder> change) {
    return ReferenceGrant.builder()
        .from(GRANT)
        .spec(change.apply(ReferenceGrantSpec.builder().from(GRANT.spec().from()).to(GRANT.spec().to())).build())
        .build();
  }

  private static ReferenceGrantFrom from(String namespace) {
    return ReferenceGrantFrom.builder().group("gateway.networking.k8s.io").kind("HTTPRoute").namespace(namespace).build();
  }

  @Test
  void aRealisticGrantIsValid() {
    assertThat(validate(GRANT)).isEmpty();
  }

  @Test
  void needsAtLeastOneFrom() {
    assertOnly(validate(with(s -> s.from(List.of()))), ".spec.from", "at least 1 item");
  }

  @Test
  void allowsAtMost16From() {
    assertOnly(
        validate(with(s -> s.from(IntStream.range(0, 17).mapToObj(i -> from("ns" + i)).toList()))),
        ".spec.from",
        "at most 16 items");
  }

  @Test
  void needsAtLeastOneTo() {
    assertOnly(validate(with(s -> s.to(List.of()))), ".spec.to", "at least 1 item");
  }

  @Test
  void allowsAtMost16To() {
    List<ReferenceGrantTo> to = IntStream.range(0, 17)
        .<ReferenceGrantTo>mapToObj(i -> ReferenceGrantTo.builder().group("").kind("Service").name("s" + i).build()).toList();
    assertOnly(validate(with(s -> s.to(to))), ".spec.to", "at most 16 items");
  }

  @Test
  void fromNamespaceIsANamespace() {
    assertOnly(validate(with(s -> s.from(List.of(from("Web_NS"))))), ".spec.from[0].namespace", "namespace");
  }

  @Test
  void fromGroupIsAGroup() {
    ReferenceGrantFrom bad = ReferenceGrantFrom.builder().group("Gateway.Networking").kind("HTTPRoute").namespace("web").build();
    assertOnly(validate(with(s -> s.from(List.of(bad)))), ".spec.from[0].group", "group");
  }

  @Test
  void toKindIsAKind() {
    ReferenceGrantTo bad = ReferenceGrantTo.builder().group("").kind("1Service").build();
    assertOnly(validate(with(s -> s.to(List.of(bad)))), ".spec.to[0].kind", "kind");
  }

  @Test
  void toNameIsAnObjectName() {
    ReferenceGrantTo bad = ReferenceGrantTo.builder().group("").kind("Secret").name("Bad_Name").build();
    assertOnly(validate(with(s -> s.addTo(bad))), ".spec.to[2].name", "object name");
  }
}
