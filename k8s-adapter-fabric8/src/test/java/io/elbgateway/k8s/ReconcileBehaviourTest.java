/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s;

import static io.elbgateway.k8s.Statuses.condition;
import static io.elbgateway.k8s.Statuses.finalizers;
import static io.elbgateway.k8s.Statuses.is;
import static io.elbgateway.k8s.Statuses.parents;
import static io.elbgateway.k8s.Statuses.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the controller follows a cluster that changes: one route changed changes one rule; a deleted
 * Gateway's AWS resources go before its finalizer; a dropped watch loses nothing; a status
 * conflict is retried; an object the schema refuses gets a status and never a crash loop.
 */
class ReconcileBehaviourTest {

  private ControllerHarness harness;
  private Recorder recorder;
  private GatewayController controller;

  @BeforeEach
  void start() {
    harness = new ControllerHarness();
    harness.apply(Manifests.base());
    harness.apply(Manifests.gateway("web"));
    for (int i = 0; i < 3; i++) {
      harness.apply(Manifests.route("r" + i, "web", "/p" + i));
    }
    recorder = new Recorder();
    controller = harness.start(harness.controller(recorder));
    Await.until("the Gateway to be Programmed", () -> is(status(gateway()), "Programmed", "True"), () -> status(gateway()).toString());
    Await.until("three rules in AWS", () -> rulePaths().size() == 6, () -> rulePaths().toString());
    Await.until("the controller to be idle", controller::idle);
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void changingOneRouteChangesOnlyItsRule() {
    harness.aws.callLog().reset();

    harness.edit("HTTPRoute", "apps", "r1", r -> {
      spec(r).put("rules", List.of(Map.of(
          "matches", List.of(Map.of("path", Map.of("type", "PathPrefix", "value", "/q1"))),
          "backendRefs", List.of(Map.of("name", "svc", "port", 80)))));
      return r;
    });

    Await.until("the rule of r1 to change", () -> rulePaths().contains("/q1") && !rulePaths().contains("/p1"), () -> rulePaths().toString());
    Await.until("the controller to be idle", controller::idle);
    assertThat(harness.aws.callLog().mutatingCounts()).as("mutating calls").isEqualTo(Map.of("ModifyRule", 1));
    assertThat(rulePaths()).containsExactlyInAnyOrder("/p0", "/p0/*", "/q1", "/q1/*", "/p2", "/p2/*");
  }

  @Test
  void deletingTheGatewayDeletesItsAwsResourcesThenReleasesTheFinalizer() {
    assertThat(finalizers(gateway())).contains("gateway.elbgateway.io/finalizer");
    assertThat(finalizers(harness.get("GatewayClass", "", "alb"))).contains("gateway-exists-finalizer.gateway.networking.k8s.io");

    harness.resource("Gateway", "apps", "web").delete();

    Await.until("the load balancer to be deleted", () -> harness.aws.elbv2().describeLoadBalancers().loadBalancers().isEmpty());
    // Its target group drains first (ELBv2's deregistration delay): the finalizer holds the Gateway
    // meanwhile. Read the Gateway first: target groups only go away, so if one is left after, it was
    // there when the Gateway was read.
    var beingDeleted = gateway();
    if (!harness.aws.elbv2().describeTargetGroups().targetGroups().isEmpty()) {
      assertThat(beingDeleted).isNotNull();
      assertThat(finalizers(beingDeleted)).contains("gateway.elbgateway.io/finalizer");
    }
    Await.until("the Gateway to be gone from the cluster, once the targets drained", () -> {
      harness.clock.advance(Duration.ofSeconds(30)); // the in-memory AWS drains on its manual clock
      return gateway() == null;
    });
    assertThat(harness.aws.elbv2().describeLoadBalancers().loadBalancers()).isEmpty();
    assertThat(harness.aws.elbv2().describeTargetGroups().targetGroups()).isEmpty();
    Await.until("the class's finalizer to go with its last Gateway",
        () -> finalizers(harness.get("GatewayClass", "", "alb")).isEmpty());
    Await.until("the Deleted event", () -> new java.util.ArrayList<>(recorder.events).stream().anyMatch(e -> e.contains("Gateway apps/web Normal Deleted")),
        () -> recorder.events.toString());
  }

  @Test
  void aDroppedWatchLosesNothing() {
    controller.source().stop(); // the watches drop

    harness.apply(Manifests.route("r9", "web", "/p9"));
    harness.resource("HTTPRoute", "apps", "r2").delete();
    harness.edit("HTTPRoute", "apps", "r0", r -> {
      spec(r).put("hostnames", List.of("renamed.example.com"));
      return r;
    });

    controller.source().restart(Duration.ofSeconds(30)); // and reconnect: the listing shows what was missed

    Await.until("AWS to hold r9 and r0's new host, and not r2",
        () -> rulePaths().contains("/p9") && !rulePaths().contains("/p2") && hosts().contains("renamed.example.com"),
        () -> rulePaths() + " " + hosts());
    Await.until("r9 to be Accepted", () -> parents(route("r9")).stream().anyMatch(p -> is(p, "Accepted", "True")));
  }

  @Test
  void aStatusWriteThatMeetsAConflictIsRetried() {
    int conflicts = controller.statusConflicts();
    // The API server answers the next status write of r0 with 409 Conflict, as when another writer
    // changed the object since the informer saw it.
    harness.server.expect().put()
        .withPath("/apis/gateway.networking.k8s.io/v1/namespaces/apps/httproutes/r0/status")
        .andReturn(409, Map.of("kind", "Status", "apiVersion", "v1", "status", "Failure", "reason", "Conflict", "code", 409,
            "message", "the object has been modified; please apply your changes to the latest version and try again"))
        .once();

    harness.edit("HTTPRoute", "apps", "r0", r -> {
      spec(r).put("parentRefs", List.of(Map.of("name", "web"), Map.of("name", "missing")));
      return r;
    });

    Await.until("r0's status to name both parents", () -> parents(route("r0")).size() == 2, () -> parents(route("r0")).toString());
    assertThat(controller.statusConflicts()).isGreaterThan(conflicts);
    assertThat(parents(route("r0")))
        .anySatisfy(p -> assertThat(condition(p, "Accepted").orElseThrow()).containsEntry("reason", "NoMatchingParent"));
  }

  @Test
  void anObjectTheSchemaRefusesGetsAStatusAndNoCrashLoop() {
    // The API server has no schema in the mock; a real one with a webhook-free install could also
    // hold such an object from an older CRD version.
    harness.apply(Manifests.route("bad", "web", "no-leading-slash"));

    Await.until("the refused route's status",
        () -> parents(route("bad")).stream().anyMatch(p -> is(p, "Accepted", "False")), () -> status(route("bad")).toString());
    Map<String, Object> accepted = condition(parents(route("bad")).get(0), "Accepted").orElseThrow();
    assertThat(accepted.get("reason")).isEqualTo("UnsupportedValue");
    assertThat((String) accepted.get("message")).contains("HTTPRoute apps/bad").contains("path");
    assertThat(controller.snapshot().get(io.elbgateway.model.meta.ObjectKey.of("gateway.networking.k8s.io", "HTTPRoute", "apps", "bad"))).isEmpty();

    // The controller goes on: a valid route after it is programmed, and no pass failed or loops.
    harness.apply(Manifests.route("r5", "web", "/p5"));
    Await.until("r5 in AWS", () -> rulePaths().contains("/p5"));
    // The Gateway's own status settles once its load balancer is active (a requeued pass writes
    // Programmed=True); only then does "no more writes" speak of the refused route alone.
    Await.until("the Gateway to be Programmed", () -> is(status(gateway()), "Programmed", "True"));
    Await.until("the controller to be idle", controller::idle);
    int passes = recorder.passes();
    int writes = controller.statusWrites();
    controller.resync();
    Await.until("the resync", () -> recorder.passes() >= passes + 2 && controller.idle());
    assertThat(new java.util.ArrayList<>(recorder.reports)).noneMatch(r -> r.outcome() == ReconcileReport.Outcome.FAILED);
    assertThat(controller.statusWrites()).as("the refused route's status is not written again").isEqualTo(writes);

    // Fixed, it is read and routed.
    harness.edit("HTTPRoute", "apps", "bad", r -> {
      spec(r).put("rules", List.of(Map.of(
          "matches", List.of(Map.of("path", Map.of("type", "PathPrefix", "value", "/fixed"))),
          "backendRefs", List.of(Map.of("name", "svc", "port", 80)))));
      return r;
    });
    Await.until("the fixed route in AWS", () -> rulePaths().contains("/fixed"));
    Await.until("the fixed route Accepted", () -> parents(route("bad")).stream().allMatch(p -> is(p, "Accepted", "True")));
  }

  @Test
  void anotherControllersEntriesInARouteStatusAreKept() {
    Map<String, Object> foreign = new java.util.LinkedHashMap<>(Map.of(
        "parentRef", Map.of("group", "gateway.networking.k8s.io", "kind", "Gateway", "name", "other"),
        "controllerName", "example.com/other-controller",
        "conditions", List.of(Map.of("type", "Accepted", "status", "True", "reason", "Accepted", "message", "",
            "observedGeneration", 1, "lastTransitionTime", "2026-01-01T00:00:00Z"))));
    GenericKubernetesResource r0 = route("r0");
    List<Object> entries = new ArrayList<>(parents(r0));
    entries.add(foreign);
    r0.setAdditionalProperty("status", Map.of("parents", entries));
    harness.resources("HTTPRoute").inNamespace("apps").resource(r0).updateStatus();

    harness.edit("HTTPRoute", "apps", "r0", r -> {
      spec(r).put("hostnames", List.of("r0.example.org"));
      return r;
    });

    Await.until("this controller's entry for generation 2", () -> parents(route("r0")).stream()
        .anyMatch(p -> "gateway.k8s.aws/alb".equals(p.get("controllerName"))
            && condition(p, "Accepted").map(c -> Integer.valueOf(2).equals(c.get("observedGeneration"))).orElse(false)),
        () -> parents(route("r0")).toString());
    assertThat(parents(route("r0"))).contains(foreign);
    assertThat(parents(route("r0"))).filteredOn(p -> "gateway.k8s.aws/alb".equals(p.get("controllerName"))).hasSize(1);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> spec(GenericKubernetesResource resource) {
    return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
  }

  private GenericKubernetesResource gateway() {
    return harness.get("Gateway", "apps", "web");
  }

  private GenericKubernetesResource route(String name) {
    return harness.get("HTTPRoute", "apps", name);
  }

  /** The path patterns of every non-default rule in AWS (a PathPrefix gives two: /p and /p/*). */
  private List<String> rulePaths() {
    return conditionValues("path-pattern");
  }

  private List<String> hosts() {
    return conditionValues("host-header");
  }

  private List<String> conditionValues(String field) {
    List<String> values = new ArrayList<>();
    var elbv2 = harness.aws.elbv2();
    for (var lb : elbv2.describeLoadBalancers().loadBalancers()) {
      for (var listener : elbv2.describeListeners(r -> r.loadBalancerArn(lb.loadBalancerArn())).listeners()) {
        for (var rule : elbv2.describeRules(r -> r.listenerArn(listener.listenerArn())).rules()) {
          for (var condition : rule.conditions()) {
            if (condition.field().equals(field)) {
              if (condition.pathPatternConfig() != null && !condition.pathPatternConfig().values().isEmpty()) {
                values.addAll(condition.pathPatternConfig().values());
              } else if (condition.hostHeaderConfig() != null && !condition.hostHeaderConfig().values().isEmpty()) {
                values.addAll(condition.hostHeaderConfig().values());
              } else {
                values.addAll(condition.values());
              }
            }
          }
        }
      }
    }
    return values;
  }
}
