/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s;

import static io.elbgateway.k8s.Statuses.condition;
import static io.elbgateway.k8s.Statuses.finalizers;
import static io.elbgateway.k8s.Statuses.is;
import static io.elbgateway.k8s.Statuses.list;
import static io.elbgateway.k8s.Statuses.parents;
import static io.elbgateway.k8s.Statuses.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;

/**
 * The seed walk-through applied to a mock API server: the controller builds the seed's ALB in the
 * in-memory AWS and writes every status back.
 */
class SeedEndToEndTest {

  private ControllerHarness harness;
  private Recorder recorder;
  private GatewayController controller;

  @BeforeEach
  void start() {
    harness = new ControllerHarness();
    harness.applyDirectory(Path.of("../examples/seed"));
    recorder = new Recorder();
    controller = harness.start(harness.controller(recorder));
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void theSeedBecomesAnAlbAndEveryStatusIsWritten() {
    Await.until("the Gateway to be Programmed", () -> is(status(gateway()), "Programmed", "True"),
        () -> status(gateway()).toString());

    // AWS holds the seed's ALB: two listeners, the 403 and the forward rule on each, one target group.
    List<LoadBalancer> lbs = harness.aws.elbv2().describeLoadBalancers().loadBalancers();
    assertThat(lbs).hasSize(1);
    String lbArn = lbs.get(0).loadBalancerArn();
    var listeners = harness.aws.elbv2().describeListeners(r -> r.loadBalancerArn(lbArn)).listeners();
    assertThat(listeners).extracting(l -> l.protocolAsString() + ":" + l.port()).containsExactlyInAnyOrder("HTTP:80", "HTTPS:443");
    for (var listener : listeners) {
      assertThat(harness.aws.elbv2().describeRules(r -> r.listenerArn(listener.listenerArn())).rules())
          .filteredOn(r -> !r.isDefault())
          .hasSize(2);
    }
    assertThat(harness.aws.elbv2().describeTargetGroups().targetGroups()).hasSize(1);

    // The Gateway: the ALB's DNS name as its address, Accepted and Programmed, listeners counted.
    Map<String, Object> gatewayStatus = status(gateway());
    assertThat(list(gatewayStatus, "addresses"))
        .singleElement()
        .satisfies(a -> {
          assertThat(a.get("type")).isEqualTo("Hostname");
          assertThat(a.get("value")).isEqualTo(lbs.get(0).dnsName());
        });
    assertThat(is(gatewayStatus, "Accepted", "True")).isTrue();
    assertThat(condition(gatewayStatus, "Programmed").orElseThrow())
        .containsEntry("observedGeneration", 1)
        .containsKey("lastTransitionTime");
    assertThat(list(gatewayStatus, "listeners"))
        .extracting(l -> l.get("name") + "=" + l.get("attachedRoutes"))
        .containsExactlyInAnyOrder("http=1", "https=1");
    // Each listener is Programmed too (core conformance): its ELB listener exists and serves.
    for (Map<String, Object> listener : list(gatewayStatus, "listeners")) {
      assertThat(is(listener, "Programmed", "True")).as(listener.toString()).isTrue();
    }
    assertThat(finalizers(gateway())).contains("gateway.elbgateway.io/finalizer");

    // The route: Accepted on both parents, written by this controller.
    Await.until("the route's status", () -> parents(route()).size() == 2);
    for (Map<String, Object> parent : parents(route())) {
      assertThat(parent.get("controllerName")).isEqualTo("gateway.k8s.aws/alb");
      assertThat(is(parent, "Accepted", "True")).as(parent.toString()).isTrue();
      assertThat(is(parent, "ResolvedRefs", "True")).as(parent.toString()).isTrue();
    }

    // The class: Accepted, its supported features, and the spec's finalizer while a Gateway uses it.
    GenericKubernetesResource gatewayClass = harness.get("GatewayClass", "", "aws-alb-gateway-class");
    assertThat(is(status(gatewayClass), "Accepted", "True")).isTrue();
    assertThat(list(status(gatewayClass), "supportedFeatures")).isNotEmpty();
    assertThat(finalizers(gatewayClass)).contains("gateway-exists-finalizer.gateway.networking.k8s.io");
  }

  @Test
  void aPassWithNothingChangedWritesNoStatusAndChangesNothingInAws() {
    Await.until("the Gateway to be Programmed", () -> is(status(gateway()), "Programmed", "True"));
    Await.until("the controller to be idle", controller::idle);
    int writes = controller.statusWrites();
    int passes = recorder.passes();
    harness.aws.callLog().reset();

    controller.resync();
    Await.until("the resync's passes", () -> recorder.passes() >= passes + 2 && controller.idle());

    assertThat(controller.statusWrites()).as("status writes after a resync that changed nothing").isEqualTo(writes);
    assertThat(harness.aws.callLog().mutating()).isZero();
  }

  private GenericKubernetesResource gateway() {
    return harness.get("Gateway", "kube-system", "aws-alb-gateway");
  }

  private GenericKubernetesResource route() {
    return harness.get("HTTPRoute", "my-web", "my-web");
  }
}
