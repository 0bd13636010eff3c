/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.LoadBalancer;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.model.meta.ObjectKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One engine, several worker threads, several Gateways: each sync sees and counts only its own calls. */
class ConcurrentSyncTest {

  @Test
  void stacksOfDifferentGatewaysSyncAtOnceAndCountTheirOwnCalls() throws Exception {
    SyncHarness harness = new SyncHarness();
    SyncEngine engine = harness.engine();
    List<ElbStack> stacks = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      stacks.add(renamed(TestCluster.withRoutes(3, 1).stack(), i));
    }
    ExecutorService workers = Executors.newFixedThreadPool(4);
    try {
      List<Future<SyncResult>> futures = new ArrayList<>();
      for (ElbStack stack : stacks) {
        futures.add(workers.submit(() -> engine.sync(stack)));
      }
      for (Future<SyncResult> future : futures) {
        SyncResult result = future.get();
        assertThat(result.converged()).as("%s", result.failure()).isTrue();
        // Each sync made exactly the mutating calls its own plan lists, whatever ran beside it.
        assertThat(result.calls().mutating()).isEqualTo(result.applied().size());
      }
    } finally {
      workers.shutdown();
    }
    assertThat(harness.aws.elbv2().describeLoadBalancers().loadBalancers()).hasSize(8);
    assertThat(engine.sync(stacks)).allSatisfy(r -> assertThat(r.plan().empty()).isTrue());
  }

  /** The stack as if it were Gateway apps/web-{@code i}: its own names and keys. */
  private static ElbStack renamed(ElbStack stack, int i) {
    ObjectKey gateway = ObjectKey.of("gateway.networking.k8s.io", "Gateway", "apps", "web-" + i);
    return ElbStack.builder().from(stack)
        .gateway(gateway)
        .loadBalancer(LoadBalancer.builder().from(stack.loadBalancer()).name("alb-" + i).build())
        .targetGroups(stack.targetGroups().stream()
            .map(t -> TargetGroup.builder().from(t).name("tg-" + i + "-" + t.name().hashCode() % 1000).build())
            .collect(Collectors.toList()))
        .build();
  }
}
