/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s;

import static io.elbgateway.k8s.Statuses.is;
import static io.elbgateway.k8s.Statuses.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two replicas on one cluster: only the one holding the Lease syncs with AWS and writes statuses. */
class LeaderElectionTest {

  private ControllerHarness harness;

  @BeforeEach
  void start() {
    harness = new ControllerHarness();
    harness.applyDirectory(Path.of("../examples/seed"));
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void onlyTheLeaderWritesToAwsAndTheOtherTakesOverWhenItStops() {
    Recorder first = new Recorder();
    Recorder second = new Recorder();
    GatewayController a = harness.start(replica(first, "replica-a"));
    Await.until("replica a to lead", () -> first.leading);
    GatewayController b = harness.start(harness.controller(harness.newClient(), second)
        .leaderElection(true)
        .lease("kube-system", "elbgateway", "replica-b")
        .leaseTiming(Duration.ofSeconds(2), Duration.ofMillis(1500), Duration.ofMillis(100)));

    Await.until("the Gateway to be Programmed", () -> is(status(harness.get("Gateway", "kube-system", "aws-alb-gateway")), "Programmed", "True"));
    Await.until("replica a to be idle", a::idle);

    assertThat(a.isLeader()).isTrue();
    assertThat(b.isLeader()).isFalse();
    assertThat(second.passes()).as("passes on the replica that does not lead").isZero();
    assertThat(second.awsCalls()).isZero();
    assertThat(b.statusWrites()).isZero();
    assertThat(first.awsCalls()).as("every AWS call was the leader's").isEqualTo(harness.aws.callLog().total());
    assertThat(harness.aws.elbv2().describeLoadBalancers().loadBalancers()).hasSize(1);
    // The follower keeps its cache warm all the same.
    assertThat(b.snapshot().size()).isEqualTo(a.snapshot().size());

    a.stop(); // releases the Lease
    Await.until("replica b to lead", () -> second.leading);
    Await.until("replica b to reconcile", () -> !second.gatewayPasses().isEmpty() && b.idle());
    assertThat(harness.aws.elbv2().describeLoadBalancers().loadBalancers()).as("the new leader adopts, never duplicates").hasSize(1);
  }

  private GatewayController.Builder replica(Recorder recorder, String identity) {
    return harness.controller(recorder)
        .leaderElection(true)
        .lease("kube-system", "elbgateway", identity)
        .leaseTiming(Duration.ofSeconds(2), Duration.ofMillis(1500), Duration.ofMillis(100));
  }
}
