/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.ListenerRule;
import io.elbgateway.sync.aws.OwnershipTags;
import io.elbgateway.sync.plan.Plan;
import io.elbgateway.sync.plan.PlanProblem;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ActionTypeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.FixedResponseActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition;

/**
 * Ownership is a hard line: a resource without this cluster's and stack's tags is never modified or
 * deleted, not even a rule on a listener the engine owns, and not by deleting what carries it.
 */
class OwnershipTest {

  private final SyncHarness harness = new SyncHarness();
  private final ElbStack seed = SyncHarness.seedStack();

  @Test
  void aForeignRuleOnAnOwnedListenerSurvivesEverySync() {
    SyncEngine engine = harness.engine();
    engine.sync(seed);
    String foreign = foreignRule(listener(80), 1500, "/foreign");

    SyncResult again = engine.sync(seed);
    SyncResult afterChange = engine.sync(withoutRules(seed, "/0/0"));

    assertThat(again.plan().empty()).isTrue();
    assertThat(afterChange.applied()).extracting(c -> c.operation().apiName()).containsOnly("DeleteRule");
    assertThat(rules(listener(80))).extracting(Rule::ruleArn).contains(foreign);
    assertThat(harness.aws.callLog().mutatingCallsTouching(foreign)).isEmpty();
  }

  @Test
  void aForeignRuleOnADesiredPriorityIsReportedAndLeftAlone() {
    SyncEngine engine = harness.engine();
    engine.sync(seed);
    Rule ours = rules(listener(80)).stream().filter(r -> r.priority().equals("1000")).findFirst().orElseThrow();
    harness.aws.elbv2().deleteRule(r -> r.ruleArn(ours.ruleArn()));
    String foreign = foreignRule(listener(80), 1000, "/taken");

    SyncResult result = engine.sync(seed);

    assertThat(result.problems()).extracting(PlanProblem::message)
        .anySatisfy(m -> assertThat(m).contains("priority 1000").contains(foreign).contains("does not own"));
    assertThat(result.programmed().reason()).isEqualTo("Invalid");
    assertThat(harness.aws.callLog().mutatingCallsTouching(foreign)).isEmpty();
    assertThat(rules(listener(80))).extracting(Rule::ruleArn).contains(foreign);
  }

  @Test
  void aLoadBalancerNameTakenBySomeoneElseIsAProblemNotATakeover() {
    String name = seed.loadBalancer().name();
    String theirs =
        harness.aws.elbv2()
            .createLoadBalancer(r -> r.name(name).subnets("subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"))
            .loadBalancers().get(0).loadBalancerArn();

    SyncResult result = harness.engine().sync(seed);

    assertThat(result.problems()).extracting(PlanProblem::message).anySatisfy(m -> assertThat(m).contains("is taken by load balancer " + theirs));
    assertThat(result.applied()).isEmpty();
    assertThat(harness.aws.callLog().mutatingCallsTouching(theirs)).isEmpty();
    assertThat(harness.aws.elbv2().describeListeners(r -> r.loadBalancerArn(theirs)).listeners()).isEmpty();
  }

  @Test
  void aForeignListenerOnADesiredPortIsReportedAndTheOtherListenerStillSyncs() {
    SyncEngine engine = harness.engine();
    engine.sync(seed);
    String https = listener(443).listenerArn();
    harness.aws.elbv2().deleteListener(r -> r.listenerArn(https));
    String foreign =
        harness.aws.elbv2()
            .createListener(r -> r.loadBalancerArn(loadBalancer().loadBalancerArn()).port(443).protocol("HTTP").defaultActions(fixed("418")))
            .listeners().get(0).listenerArn();

    SyncResult result = engine.sync(seed);

    assertThat(result.problems()).extracting(PlanProblem::key).contains("kube-system/aws-alb-gateway/HTTPS:443");
    assertThat(harness.aws.callLog().mutatingCallsTouching(foreign)).isEmpty();
    assertThat(listener(443).listenerArn()).isEqualTo(foreign);
    assertThat(rules(listener(80))).hasSize(2);
  }

  @Test
  void deletingTheGatewayKeepsALoadBalancerThatCarriesSomeoneElsesRule() {
    SyncEngine engine = harness.engine();
    engine.sync(seed);
    String foreign = foreignRule(listener(80), 1500, "/foreign");

    SyncResult deleted = engine.delete(seed.gateway());

    assertThat(deleted.problems()).extracting(PlanProblem::message).anySatisfy(m -> assertThat(m).contains("1 rule(s) elbgateway does not own"));
    assertThat(harness.aws.elbv2().describeLoadBalancers().loadBalancers()).hasSize(1);
    assertThat(rules(listener(80))).extracting(Rule::ruleArn).contains(foreign);
    assertThat(harness.aws.callLog().mutatingCallsTouching(foreign)).isEmpty();

    harness.aws.elbv2().deleteRule(r -> r.ruleArn(foreign));
    SyncResult retried = engine.delete(seed.gateway());
    assertThat(retried.converged()).isTrue();
    assertThat(harness.aws.elbv2().describeLoadBalancers().loadBalancers()).isEmpty();
    assertThat(harness.aws.elbv2().describeTargetGroups().targetGroups()).isEmpty();
  }

  @Test
  void aRuleWhoseTagsWereTakenAwayAfterPlanningIsSkippedAtApply() {
    SyncEngine engine = harness.engine();
    engine.sync(seed);
    Plan plan = engine.plan(withoutRules(seed, "HTTP:80/HTTPRoute/my-web/my-web/0/0"));
    assertThat(plan.changes()).extracting(c -> c.operation().apiName()).containsExactly("DeleteRule");
    String arn = plan.changes().get(0).arn().orElseThrow();
    harness.aws.elbv2().removeTags(r -> r.resourceArns(arn).tagKeys(OwnershipTags.CLUSTER));
    harness.aws.callLog().reset();

    SyncResult applied = engine.apply(plan);

    assertThat(applied.applied()).isEmpty();
    assertThat(applied.problems()).extracting(PlanProblem::message).anySatisfy(m -> assertThat(m).contains("no longer carries"));
    assertThat(harness.aws.callLog().mutatingCallsTouching(arn)).isEmpty();
  }

  @Test
  void anotherClustersStackIsNeitherAdoptedNorDeleted() {
    SyncEngine other =
        harness.builder(harness.clients()).clusterName("other").build();
    ElbStack theirs =
        ElbStack.builder().from(seed)
            .loadBalancer(io.elbgateway.model.elb.LoadBalancer.builder().from(seed.loadBalancer()).name("their-alb").build())
            .targetGroups(seed.targetGroups().stream().map(t -> io.elbgateway.model.elb.TargetGroup.builder().from(t).name("their-tg").build()).collect(Collectors.toList()))
            .build();
    other.sync(theirs);
    List<String> theirArns = harness.aws.elbv2().describeLoadBalancers().loadBalancers().stream().map(LoadBalancer::loadBalancerArn).collect(Collectors.toList());
    harness.aws.callLog().reset();

    SyncEngine ours = harness.engine();
    ours.sync(seed);
    ours.syncAll(List.of());

    assertThat(harness.aws.elbv2().describeLoadBalancers().loadBalancers()).extracting(LoadBalancer::loadBalancerName).containsExactly("their-alb");
    for (String arn : theirArns) {
      assertThat(harness.aws.callLog().mutatingCallsTouching(arn)).isEmpty();
    }
  }

  private static ElbStack withoutRules(ElbStack stack, String keyPart) {
    List<ListenerRule> rules = stack.rules().stream().filter(r -> !r.key().contains(keyPart)).collect(Collectors.toList());
    return ElbStack.builder().from(stack).rules(rules).build();
  }

  private LoadBalancer loadBalancer() {
    return harness.aws.elbv2().describeLoadBalancers().loadBalancers().get(0);
  }

  private Listener listener(int port) {
    return harness.aws.elbv2().describeListeners(r -> r.loadBalancerArn(loadBalancer().loadBalancerArn()))
        .listeners().stream().filter(l -> l.port() == port).findFirst().orElseThrow();
  }

  private List<Rule> rules(Listener listener) {
    return harness.aws.elbv2().describeRules(r -> r.listenerArn(listener.listenerArn())).rules().stream()
        .filter(r -> !Boolean.TRUE.equals(r.isDefault())).collect(Collectors.toList());
  }

  private String foreignRule(Listener listener, int priority, String path) {
    return harness.aws.elbv2()
        .createRule(r -> r.listenerArn(listener.listenerArn()).priority(priority)
            .conditions(RuleCondition.builder().field("path-pattern").pathPatternConfig(p -> p.values(path)).build())
            .actions(fixed("418")))
        .rules().get(0).ruleArn();
  }

  private static Action fixed(String status) {
    return Action.builder().type(ActionTypeEnum.FIXED_RESPONSE)
        .fixedResponseConfig(FixedResponseActionConfig.builder().statusCode(status).build()).build();
  }
}
