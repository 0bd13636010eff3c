/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.Action;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.Listener;
import io.elbgateway.model.elb.LoadBalancer;
import io.elbgateway.model.elb.LoadBalancerType;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.TargetGroupTuple;
import io.elbgateway.model.meta.ObjectKey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NlbEvaluatorTest {

  private static final String LB = "infra/l4";

  private static Listener listener(Protocol protocol, int port, TargetGroupTuple target) {
    return Listener.builder()
        .key(LB + "/" + protocol + ":" + port)
        .loadBalancerKey(LB)
        .protocol(protocol)
        .port(port)
        .addDefaultActions(Action.forward(List.of(target)))
        .build();
  }

  private static ElbStack stack(Listener... listeners) {
    return ElbStack.builder()
        .gateway(ObjectKey.of("gateway.networking.k8s.io", "Gateway", "infra", "l4"))
        .loadBalancer(LoadBalancer.builder().key(LB).name("l4").type(LoadBalancerType.NETWORK).build())
        .addListeners(listeners)
        .build();
  }

  private static Optional<String> reached(ElbStack stack, Connection connection) {
    return NlbEvaluator.evaluate(stack, connection)
        .map(r -> ((Forwarded) r).targetGroups().get(0).targetGroupKey());
  }

  @Test
  void theListenerOfThePortAndTransportForwardsWhateverTheSni() {
    ElbStack stack =
        stack(
            listener(Protocol.TCP, 7000, TargetGroupTuple.builder().targetGroupKey(LB + "/apps/echo:7000").build()),
            listener(Protocol.UDP, 53, TargetGroupTuple.builder().targetGroupKey(LB + "/apps/dns:53").build()),
            listener(Protocol.TLS, 443, TargetGroupTuple.builder().targetGroupName("legacy-tls").build()));
    assertThat(reached(stack, Connection.of(7000, Transport.TCP, Optional.empty()))).contains(LB + "/apps/echo:7000");
    assertThat(reached(stack, Connection.of(7000, Transport.UDP, Optional.empty()))).isEmpty();
    assertThat(reached(stack, Connection.of(53, Transport.UDP, Optional.empty()))).contains(LB + "/apps/dns:53");
    assertThat(reached(stack, Connection.of(53, Transport.TCP, Optional.empty()))).isEmpty();
    assertThat(reached(stack, Connection.of(443, Transport.TCP, Optional.of("any.test")))).contains("TargetGroupName:legacy-tls");
    assertThat(reached(stack, Connection.of(444, Transport.TCP, Optional.empty()))).isEmpty();
  }

  @Test
  void tcpUdpListenersTakeBothTransports() {
    ElbStack stack = stack(listener(Protocol.TCP_UDP, 53, TargetGroupTuple.builder().targetGroupKey(LB + "/apps/dns:53").build()));
    assertThat(reached(stack, Connection.of(53, Transport.TCP, Optional.empty()))).isPresent();
    assertThat(reached(stack, Connection.of(53, Transport.UDP, Optional.empty()))).isPresent();
  }

  @Test
  void targetGroupKeysMapBackToServicePorts() {
    assertThat(NlbEvaluator.service("infra/l4/apps/echo:7000")).contains("apps/echo:7000");
    assertThat(NlbEvaluator.service("infra/l4/apps/echo:7000#instance")).contains("apps/echo:7000");
    assertThat(NlbEvaluator.service("infra/front/infra/web:80#gateway")).isEmpty();
    assertThat(NlbEvaluator.service("TargetGroupName:legacy")).isEmpty();
  }
}
