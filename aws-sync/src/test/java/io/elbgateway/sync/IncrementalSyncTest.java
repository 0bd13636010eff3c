/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.sync.plan.Change;
import io.elbgateway.translate.Translation;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One route added, removed or changed among 50 costs at most 2 mutating calls: rules are matched
 * by their logical key, so only the rule of that route is created, deleted or modified in place
 * (and a priority batch when the change moves others).
 */
class IncrementalSyncTest {

  private SyncHarness harness;
  private SyncEngine engine;

  /**
   * The translation the controller made last time: its rule priorities are kept where they can
   * stay, as a controller does by passing its previous translation to the translator.
   */
  private Optional<Translation> previous;

  private ElbStack next(TestCluster cluster) {
    ElbStack stack = cluster.stack(previous);
    previous = Optional.of(cluster.translation());
    return stack;
  }

  @BeforeEach
  void fiftyRoutes() {
    harness = new SyncHarness();
    engine = harness.engine();
    previous = Optional.empty();
    SyncResult first = engine.sync(next(TestCluster.withRoutes(50, 5)));
    assertThat(first.converged()).as(first.plan().toText()).isTrue();
    assertThat(first.applied().stream().filter(c -> c.operation().apiName().equals("CreateRule"))).hasSize(50);
    engine.sync(next(TestCluster.withRoutes(50, 5)));
    harness.aws.callLog().reset();
  }

  @Test
  void addingARouteToAnExistingServiceCreatesOneRule() {
    ElbStack desired = next(TestCluster.withRoutes(50, 5).route("added", "/added", "svc2"));
    SyncResult result = engine.sync(desired);
    assertThat(operations(result)).isEqualTo("CreateRule");
    assertThat(harness.aws.callLog().mutating()).isEqualTo(1);
  }

  @Test
  void removingARouteDeletesItsRule() {
    ElbStack desired = next(TestCluster.withRoutes(50, 5).withoutRoute("r17"));
    SyncResult result = engine.sync(desired);
    assertThat(operations(result)).isEqualTo("DeleteRule");
    assertThat(harness.aws.callLog().mutating()).isEqualTo(1);
  }

  @Test
  void changingARoutesPathModifiesItsRuleInPlaceAndMovesIt() {
    // A longer path ranks earlier in Gateway API precedence, so the rule takes a new priority (in
    // the gap before its new neighbour: no other rule moves) and its conditions change in place.
    ElbStack desired = next(TestCluster.withRoutes(50, 5).route("r23", "/elsewhere/deeper", "svc3"));
    SyncResult result = engine.sync(desired);
    assertThat(operations(result)).isEqualTo("SetRulePriorities, ModifyRule");
    assertThat(result.applied().get(0).priorities()).hasSize(1);
    assertThat(result.applied().get(1).fields()).extracting(f -> f.field()).containsExactly("Conditions");
    assertThat(harness.aws.callLog().mutating()).isEqualTo(2);
  }

  @Test
  void changingARoutesPathWithinItsRankModifiesItsRuleOnly() {
    ElbStack desired = next(TestCluster.withRoutes(50, 5).route("r23", "/q23", "svc3"));
    SyncResult result = engine.sync(desired);
    assertThat(operations(result)).isEqualTo("ModifyRule");
    assertThat(result.applied().get(0).fields()).extracting(f -> f.field()).containsExactly("Conditions");
    assertThat(harness.aws.callLog().mutating()).isEqualTo(1);
  }

  @Test
  void changingARoutesBackendModifiesItsRuleInPlace() {
    ElbStack desired = next(TestCluster.withRoutes(50, 5).route("r23", "/p23", "svc4"));
    SyncResult result = engine.sync(desired);
    assertThat(operations(result)).isEqualTo("ModifyRule");
    assertThat(result.applied().get(0).fields()).extracting(f -> f.field()).containsExactly("Actions");
    assertThat(harness.aws.callLog().mutating()).isEqualTo(1);
  }

  @Test
  void aRouteToANewServiceAlsoCreatesItsTargetGroupAndTargets() {
    ElbStack desired = next(TestCluster.withRoutes(50, 5).service("fresh", 9, 2).route("added", "/added", "fresh"));
    SyncResult result = engine.sync(desired);
    assertThat(operations(result)).isEqualTo("CreateTargetGroup, RegisterTargets, CreateRule");
  }

  @Test
  void theLastRouteOfAServiceGoneDeletesItsRuleAndDrainsItsTargetGroupThenDeletesIt() {
    TestCluster cluster = TestCluster.withRoutes(50, 5).service("lonely", 9, 2).route("alone", "/alone", "lonely");
    engine.sync(next(cluster));
    harness.aws.callLog().reset();

    SyncResult removed = engine.sync(next(cluster.withoutRoute("alone")));
    assertThat(operations(removed)).isEqualTo("DeleteRule, DeregisterTargets");
    assertThat(removed.requeueAfter()).contains(java.time.Duration.ofSeconds(300));

    SyncResult stillDraining = engine.sync(next(cluster));
    assertThat(stillDraining.plan().empty()).isTrue();
    assertThat(stillDraining.requeueAfter()).isPresent();

    harness.clock.advance(java.time.Duration.ofSeconds(301));
    SyncResult drained = engine.sync(next(cluster));
    assertThat(operations(drained)).isEqualTo("DeleteTargetGroup");
    assertThat(drained.requeueAfter()).isEmpty();
  }

  @Test
  void aShortDeregistrationDelayShortensTheWaitBeforeTheTargetGroupGoes() {
    TestCluster cluster = TestCluster.withRoutes(50, 5).service("lonely", 9, 2).route("alone", "/alone", "lonely");
    ElbStack desired = next(cluster);
    ElbStack quick =
        ElbStack.builder().from(desired)
            .targetGroups(desired.targetGroups().stream()
                .map(t -> t.name().contains("lonely")
                    ? io.elbgateway.model.elb.TargetGroup.builder().from(t).putAttribute("deregistration_delay.timeout_seconds", "30").build()
                    : t)
                .collect(Collectors.toList()))
            .build();
    engine.sync(quick);

    SyncResult removed = engine.sync(next(cluster.withoutRoute("alone")));
    assertThat(operations(removed)).isEqualTo("DeleteRule, DeregisterTargets");
    assertThat(removed.requeueAfter()).contains(java.time.Duration.ofSeconds(30));
    harness.clock.advance(java.time.Duration.ofSeconds(31));
    assertThat(operations(engine.sync(next(cluster)))).isEqualTo("DeleteTargetGroup");
  }

  @Test
  void aTargetThatLeavesIsDeregisteredAndOneThatComesIsRegistered() {
    TestCluster cluster = TestCluster.withRoutes(50, 5);
    ElbStack desired = next(cluster.service("svc1", 1, 3));
    SyncResult grown = engine.sync(desired);
    assertThat(operations(grown)).isEqualTo("RegisterTargets");
    assertThat(grown.applied().get(0).targets()).extracting(t -> t.id()).containsExactly("10.1.1.3");

    SyncResult shrunk = engine.sync(next(TestCluster.withRoutes(50, 5)));
    assertThat(operations(shrunk)).isEqualTo("DeregisterTargets");
    assertThat(shrunk.applied().get(0).targets()).extracting(t -> t.id()).containsExactly("10.1.1.3");
  }

  private static String operations(SyncResult result) {
    assertThat(result.failure()).isEmpty();
    return result.applied().stream().map(Change::operation).map(o -> o.apiName()).collect(Collectors.joining(", "));
  }
}
