/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elbgateway.model.meta.ObjectKey;
import org.junit.jupiter.api.Test;

class ElbKeysTest {

  private static final String LB =
      ElbKeys.loadBalancer(ObjectKey.of("gateway.networking.k8s.io", "Gateway", "infra", "web"));

  @Test
  void loadBalancerKeyIsGatewayNamespaceAndName() {
    assertThat(LB).isEqualTo("infra/web").isEqualTo(ElbKeys.loadBalancer("infra", "web"));
  }

  @Test
  void listenerKeyAddsProtocolAndPort() {
    assertThat(ElbKeys.listener(LB, Protocol.HTTPS, 443)).isEqualTo("infra/web/HTTPS:443");
    assertThat(ElbKeys.listener(LB, Protocol.TCP_UDP, 53)).isEqualTo("infra/web/TCP_UDP:53");
  }

  @Test
  void ruleKeyNamesRouteRuleAndMatch() {
    String listener = ElbKeys.listener(LB, Protocol.HTTPS, 443);
    assertThat(ElbKeys.rule(listener, "HTTPRoute", "shop", "cart", 2, 1))
        .isEqualTo("infra/web/HTTPS:443/HTTPRoute/shop/cart/2/1");
    assertThat(ElbKeys.rule(listener, "GRPCRoute", "shop", "orders", "read-path", 0))
        .isEqualTo("infra/web/HTTPS:443/GRPCRoute/shop/orders/read-path/0");
  }

  @Test
  void targetGroupKeyNamesServiceAndPort() {
    assertThat(ElbKeys.targetGroup(LB, "shop", "cart", 8080)).isEqualTo("infra/web/shop/cart:8080");
  }

  @Test
  void qualifierSeparatesOtherwiseEqualKeys() {
    String tg = ElbKeys.targetGroup(LB, "shop", "cart", 8080);
    assertThat(ElbKeys.qualified(tg, "GRPC")).isEqualTo("infra/web/shop/cart:8080#GRPC");
    assertThat(ElbKeys.qualified(tg, "GRPC")).isNotEqualTo(tg);
  }

  @Test
  void partsWithSeparatorsOrEmptyAreRejected() {
    assertThatThrownBy(() -> ElbKeys.loadBalancer("infra/x", "web"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("infra/x");
    assertThatThrownBy(() -> ElbKeys.targetGroup(LB, "", "cart", 80))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ElbKeys.qualified(LB, "a#b"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
