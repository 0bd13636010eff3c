/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.testkit.aws.FaultKind;
import io.elbgateway.testkit.aws.Faults;
import io.elbgateway.testkit.aws.SimulatedCrash;
import io.elbgateway.testkit.property.Gen;
import io.elbgateway.testkit.property.Property;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ActionTypeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.FixedResponseActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition;

/**
 * Under random faults (throttling, 500s, timeouts, replies lost after the call took effect, and
 * crashes before or after a call took effect), syncing again and restarting after a crash always
 * converges: a Gateway is created, changed and deleted; after each step a fault-free sync finds
 * nothing to change, AWS holds exactly the desired resources (no leak, not even an untagged one),
 * and no call ever touched the resources another owner put next to them.
 *
 * <p>10,000 fault schedules (seeds) per run; {@code -Delbgateway.property.tries} raises it.
 */
class FaultConvergenceTest {

  private static final int TRIES = 10_000;
  private static final int MAX_ROUNDS = 100;

  /** Desired states to move between: routes over Services, as translated once. */
  private static final List<ElbStack> POOL = pool();

  private static List<ElbStack> pool() {
    List<ElbStack> pool = new ArrayList<>();
    int[][] shapes = {{0, 1}, {1, 1}, {2, 1}, {3, 2}, {5, 2}, {6, 3}};
    for (int[] shape : shapes) {
      pool.add(TestCluster.withRoutes(shape[0], shape[1]).stack());
    }
    // Same routes, other targets: a Service with three endpoints instead of two.
    pool.add(TestCluster.withRoutes(3, 2).service("svc1", 1, 3).stack());
    // Same routes, other paths: every rule's conditions change.
    TestCluster moved = new TestCluster().service("svc0", 0, 2).service("svc1", 1, 2);
    for (int r = 0; r < 4; r++) {
      moved.route("r" + r, "/moved" + r, "svc" + (r % 2));
    }
    pool.add(moved.stack());
    return pool;
  }

  /** One run: a start state, a next state, a fault schedule. */
  static final class FaultCase {
    final int from;
    final int to;
    final long faultSeed;
    final int ratePercent;

    FaultCase(int from, int to, long faultSeed, int ratePercent) {
      this.from = from;
      this.to = to;
      this.faultSeed = faultSeed;
      this.ratePercent = ratePercent;
    }

    @Override
    public String toString() {
      return "from pool[" + from + "] to pool[" + to + "], faults seed " + faultSeed + " at " + ratePercent + "%";
    }
  }

  static Gen<FaultCase> cases() {
    return Gen.zip(Gen.integers(0, POOL.size() - 1), Gen.integers(0, POOL.size() - 1), Gen.longs(0, Long.MAX_VALUE))
        .flatMap(t -> Gen.integers(5, 40).map(rate -> new FaultCase(t.first(), t.second(), t.third(), rate)));
  }

  private static final AtomicLong FAULTS = new AtomicLong();
  private static final AtomicLong CRASHES = new AtomicLong();
  private static final AtomicLong LOST_REPLIES = new AtomicLong();
  private static final AtomicLong SYNCS = new AtomicLong();

  @Test
  void everyFaultScheduleConvergesWithoutLeaksOrForeignCalls() {
    var result =
        Property.forAll(cases())
            .named("sync converges under faults")
            .withTries(TRIES)
            .withSeed(20261126L)
            .verify(FaultConvergenceTest::run)
            .assertPassed();
    System.out.printf(
        "fault convergence: %d schedules, %d syncs, %d faults injected (%d lost replies, %d crashes)%n",
        result.tries(), SYNCS.get(), FAULTS.get(), LOST_REPLIES.get(), CRASHES.get());
    // The schedules must actually hurt: faults of every kind were injected, crashes restarted engines.
    assertThat(CRASHES.get()).isPositive();
    assertThat(LOST_REPLIES.get()).isPositive();
    assertThat(FAULTS.get()).isGreaterThan(result.tries());
  }

  private static void run(FaultCase c) {
    SyncHarness harness = new SyncHarness(c.faultSeed);
    Foreign foreign = Foreign.create(harness);
    // Transient faults at the drawn rate; crashes, which end the process, at a tenth of it.
    Faults faults =
        Faults.random(c.faultSeed, c.ratePercent / 100.0, FaultKind.THROTTLE, FaultKind.SERVER_ERROR, FaultKind.TIMEOUT, FaultKind.LOST_REPLY)
            .and(Faults.random(~c.faultSeed, c.ratePercent / 1000.0, FaultKind.CRASH_BEFORE_EFFECT, FaultKind.CRASH_AFTER_EFFECT));

    ElbStack first = POOL.get(c.from);
    converge(harness, faults, first, false);
    foreign.addRuleTo(harness, first);
    assertExactly(harness, first, foreign);

    ElbStack second = POOL.get(c.to);
    converge(harness, faults, second, false);
    assertExactly(harness, second, foreign);

    foreign.removeRuleFrom(harness);
    converge(harness, faults, second, true);
    assertThat(ourLoadBalancers(harness, foreign)).isEmpty();
    assertThat(ourTargetGroups(harness, foreign)).isEmpty();
    foreign.assertUntouched(harness);
    for (var call : harness.aws.callLog().calls()) {
      call.fault().ifPresent(kind -> {
        FAULTS.incrementAndGet();
        if (kind == FaultKind.LOST_REPLY) {
          LOST_REPLIES.incrementAndGet();
        }
        if (kind == FaultKind.CRASH_AFTER_EFFECT || kind == FaultKind.CRASH_BEFORE_EFFECT) {
          CRASHES.incrementAndGet();
        }
      });
    }
  }

  /** Syncs (or deletes) until a fault-free sync finds nothing to do; a crash restarts the engine. */
  private static void converge(SyncHarness harness, Faults faults, ElbStack desired, boolean delete) {
    harness.aws.faults(faults);
    SyncEngine engine = harness.engine();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      try {
        SYNCS.incrementAndGet();
        SyncResult result = delete ? engine.delete(desired.gateway()) : engine.sync(desired);
        if (result.plan().empty() && result.failure().isEmpty() && result.requeueAfter().isEmpty()) {
          harness.aws.faults(Faults.none());
          SyncResult check = delete ? harness.engine().delete(desired.gateway()) : harness.engine().sync(desired);
          assertThat(check.plan().empty()).as("a fault-free sync after convergence: %s", check.plan().toText()).isTrue();
          assertThat(check.calls().mutating()).isZero();
          assertThat(check.problems()).as("problems").isEmpty();
          return;
        }
        // What a controller does: come back after the requeue (targets drain, the LB provisions).
        harness.clock.advance(result.requeueAfter().orElse(Duration.ofSeconds(5)));
      } catch (SimulatedCrash crash) {
        engine = harness.engine();
      }
    }
    harness.aws.faults(Faults.none());
    throw new AssertionError("no convergence after " + MAX_ROUNDS + " rounds; AWS holds:\n" + harness.aws.describe());
  }

  /** AWS holds exactly the desired load balancer, listeners, rules and target groups, and the foreign ones. */
  private static void assertExactly(SyncHarness harness, ElbStack desired, Foreign foreign) {
    var elbv2 = harness.aws.elbv2();
    List<LoadBalancer> ours = ourLoadBalancers(harness, foreign);
    assertThat(ours).extracting(LoadBalancer::loadBalancerName).containsExactly(desired.loadBalancer().name());
    var listeners = elbv2.describeListeners(r -> r.loadBalancerArn(ours.get(0).loadBalancerArn())).listeners();
    assertThat(listeners).extracting(l -> l.port()).containsExactlyInAnyOrderElementsOf(
        desired.listeners().stream().map(l -> l.port()).collect(Collectors.toList()));
    int rules = 0;
    for (var listener : listeners) {
      rules += (int) elbv2.describeRules(r -> r.listenerArn(listener.listenerArn())).rules().stream()
          .filter(r -> !Boolean.TRUE.equals(r.isDefault()) && !r.ruleArn().equals(foreign.rule))
          .count();
    }
    assertThat(rules).isEqualTo(desired.rules().size());
    assertThat(ourTargetGroups(harness, foreign))
        .containsExactlyInAnyOrderElementsOf(desired.targetGroups().stream().map(TargetGroup::name).collect(Collectors.toList()));
    foreign.assertUntouched(harness);
  }

  private static List<LoadBalancer> ourLoadBalancers(SyncHarness harness, Foreign foreign) {
    return harness.aws.elbv2().describeLoadBalancers().loadBalancers().stream()
        .filter(lb -> !lb.loadBalancerArn().equals(foreign.loadBalancer))
        .collect(Collectors.toList());
  }

  private static Set<String> ourTargetGroups(SyncHarness harness, Foreign foreign) {
    return harness.aws.elbv2().describeTargetGroups().targetGroups().stream()
        .filter(tg -> !tg.targetGroupArn().equals(foreign.targetGroup))
        .map(tg -> tg.targetGroupName())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Resources someone else owns, beside ours: a load balancer with a listener, a target group, a rule on our listener. */
  private static final class Foreign {
    String loadBalancer;
    String listener;
    String targetGroup;
    String rule;

    static Foreign create(SyncHarness harness) {
      var elbv2 = harness.aws.elbv2();
      Foreign f = new Foreign();
      f.loadBalancer = elbv2.createLoadBalancer(r -> r.name("someone-elses")
          .subnets("subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002")).loadBalancers().get(0).loadBalancerArn();
      f.listener = elbv2.createListener(r -> r.loadBalancerArn(f.loadBalancer).port(80).protocol("HTTP")
          .defaultActions(fixed())).listeners().get(0).listenerArn();
      f.targetGroup = elbv2.createTargetGroup(r -> r.name("someone-elses-tg").protocol("HTTP").port(80)
          .vpcId(harness.aws.vpcId()).targetType("ip")).targetGroups().get(0).targetGroupArn();
      return f;
    }

    /** Puts a rule of someone else's on our HTTP listener (priority 7, below ours). */
    void addRuleTo(SyncHarness harness, ElbStack ours) {
      var elbv2 = harness.aws.elbv2();
      String lb = elbv2.describeLoadBalancers(r -> r.names(ours.loadBalancer().name())).loadBalancers().get(0).loadBalancerArn();
      String listenerArn = elbv2.describeListeners(r -> r.loadBalancerArn(lb)).listeners().get(0).listenerArn();
      rule = elbv2.createRule(r -> r.listenerArn(listenerArn).priority(7)
          .conditions(RuleCondition.builder().field("path-pattern").pathPatternConfig(p -> p.values("/theirs")).build())
          .actions(fixed())).rules().get(0).ruleArn();
    }

    /** Removes that rule again, so that our Gateway can be deleted. */
    void removeRuleFrom(SyncHarness harness) {
      harness.aws.faults(Faults.none());
      assertUntouched(harness);
      harness.aws.elbv2().deleteRule(r -> r.ruleArn(rule));
      rule = null;
    }

    void assertUntouched(SyncHarness harness) {
      for (String arn : new String[] {loadBalancer, listener, targetGroup}) {
        assertThat(harness.aws.callLog().mutatingCallsTouching(arn).stream()
                .filter(call -> !call.operation().startsWith("Create")))
            .as("calls on %s", arn).isEmpty();
      }
      if (rule != null) {
        List<String> touching = harness.aws.callLog().mutatingCallsTouching(rule).stream()
            .map(call -> call.operation()).filter(op -> !op.equals("CreateRule"))
            .collect(Collectors.toList());
        assertThat(touching).as("engine calls on the foreign rule").isEmpty();
      }
    }
  }

  private static Action fixed() {
    return Action.builder().type(ActionTypeEnum.FIXED_RESPONSE)
        .fixedResponseConfig(FixedResponseActionConfig.builder().statusCode("418").build()).build();
  }
}
