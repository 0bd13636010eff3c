/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.ModelMappers;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElbEnumsTest {

  private static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(
          ActionType.class,
          AlpnPolicy.class,
          ConditionField.class,
          IpAddressType.class,
          JwtClaimFormat.class,
          LoadBalancerScheme.class,
          LoadBalancerType.class,
          MutualAuthenticationMode.class,
          OnOff.class,
          OnUnauthenticatedRequest.class,
          Protocol.class,
          ProtocolVersion.class,
          RedirectStatusCode.class,
          TargetGroupIpAddressType.class,
          TargetType.class,
          TransformType.class);

  @Test
  void everyConstantWritesAndReadsItsWireValue() {
    for (Class<? extends Enum<?>> type : ENUMS) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String json = ModelMappers.json().writeValueAsString(constant);
        assertThat(json).as(type.getSimpleName()).isEqualTo("\"" + constant + "\"");
        assertThat(ModelMappers.json().readValue(json, type)).isSameAs(constant);
      }
    }
  }

  @Test
  void wireValuesAreTheElbv2ApiSpelling() {
    assertThat(ConditionField.PATH_PATTERN).hasToString("path-pattern");
    assertThat(ActionType.FIXED_RESPONSE).hasToString("fixed-response");
    assertThat(IpAddressType.DUALSTACK_WITHOUT_PUBLIC_IPV4)
        .hasToString("dualstack-without-public-ipv4");
    assertThat(Protocol.TCP_QUIC).hasToString("TCP_QUIC");
    assertThat(TargetType.ALB).hasToString("alb");
    assertThat(LoadBalancerScheme.INTERNET_FACING).hasToString("internet-facing");
    assertThat(AlpnPolicy.HTTP2_PREFERRED).hasToString("HTTP2Preferred");
  }
}
