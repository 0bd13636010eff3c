/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s;

import static io.elbgateway.k8s.Statuses.is;
import static io.elbgateway.k8s.Statuses.parents;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A burst of 1,000 route creations over 10 Gateways: the work queue coalesces the events into few
 * passes per Gateway, so reconcile passes and AWS calls stay far below one per event.
 */
class BurstTest {

  private static final int ROUTES = 1_000;
  private static final int GATEWAYS = 10;

  @Test
  void aThousandRouteCreationsCoalesceIntoFewPasses() {
    try (ControllerHarness harness = new ControllerHarness()) {
      harness.apply(Manifests.base());
      for (int g = 0; g < GATEWAYS; g++) {
        harness.apply(Manifests.gateway("gw" + g));
      }
      Recorder recorder = new Recorder();
      GatewayController controller = harness.start(harness.controller(recorder));
      Await.until("the Gateways to be synced", () -> harness.aws.elbv2().describeLoadBalancers().loadBalancers().size() == GATEWAYS);
      Await.until("the controller to be idle", controller::idle);
      int passesBefore = recorder.gatewayPasses().size();
      int allPassesBefore = recorder.passes();
      int callsBefore = recorder.awsCalls();
      int mutatingBefore = recorder.awsMutatingCalls();
      harness.aws.callLog().reset();
      long started = System.nanoTime();

      for (int r = 0; r < ROUTES; r++) {
        harness.apply(Manifests.route("r" + r, "gw" + (r % GATEWAYS), "/p" + r));
      }
      Await.until("every route Accepted", () -> accepted(harness) == ROUTES);
      Await.until("the controller to be idle", controller::idle);
      int creates = harness.aws.callLog().count("CreateRule"); // before the test's own reads below
      assertThat(rules(harness)).as("path patterns of the rules in AWS").isEqualTo(ROUTES * 2);

      double seconds = (System.nanoTime() - started) / 1e9;
      int gatewayPasses = recorder.gatewayPasses().size() - passesBefore;
      int passes = recorder.passes() - allPassesBefore;
      // The controller's own calls, as its passes counted them (the test's reads are not among them).
      int awsCalls = recorder.awsCalls() - callsBefore;
      int mutating = recorder.awsMutatingCalls() - mutatingBefore;
      System.out.printf(
          "burst: %d route creations on %d Gateways in %.1f s -> %d Gateway passes, %d passes in all (with the status pass), "
              + "%d AWS calls (%d mutating: %s), %d status writes, max queue depth %d%n",
          ROUTES, GATEWAYS, seconds, gatewayPasses, passes, awsCalls, mutating, harness.aws.callLog().mutatingCounts(),
          controller.statusWrites(), recorder.maxQueueDepth.get());
      // One pass per event would be 1,000 passes; coalescing keeps it to a few per Gateway.
      assertThat(gatewayPasses).as("Gateway passes for %d route events", ROUTES).isLessThan(ROUTES / 5);
      // Each rule is created once, and a pass reads what one Gateway's sync reads (two Region-wide
      // listings, its listener, rules page by page, target group health, tags of new rules).
      assertThat(creates).isEqualTo(ROUTES);
      assertThat(awsCalls).as("AWS calls for %d route events", ROUTES).isLessThan(ROUTES + 15 * gatewayPasses);
      assertThat(awsCalls).as("AWS calls for %d route events", ROUTES).isLessThan(3 * ROUTES);
    }
  }

  private static int rules(ControllerHarness harness) {
    int rules = 0;
    var elbv2 = harness.aws.elbv2();
    for (var lb : elbv2.describeLoadBalancers().loadBalancers()) {
      for (var listener : elbv2.describeListeners(r -> r.loadBalancerArn(lb.loadBalancerArn())).listeners()) {
        rules += (int) elbv2.describeRules(r -> r.listenerArn(listener.listenerArn())).rules().stream()
            .filter(r -> !r.isDefault())
            .flatMap(r -> r.conditions().stream())
            .filter(c -> c.field().equals("path-pattern"))
            .mapToLong(c -> c.pathPatternConfig().values().size())
            .sum();
      }
    }
    return rules;
  }

  private static long accepted(ControllerHarness harness) {
    List<GenericKubernetesResource> routes = harness.resources("HTTPRoute").inNamespace("apps").list().getItems();
    return routes.stream().filter(r -> parents(r).stream().anyMatch(p -> is(p, "Accepted", "True"))).count();
  }
}
