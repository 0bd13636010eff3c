/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.sync.plan.Change;
import io.elbgateway.sync.plan.Operation;
import io.elbgateway.sync.plan.Plan;
import io.elbgateway.sync.plan.PlanProblem;
import io.elbgateway.testkit.aws.ElbQuotas;
import io.elbgateway.testkit.aws.InMemoryAws;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A Gateway's stack from creation to deletion: replacement, deletion protection, quotas, errors. */
class LifecycleTest {

  private final SyncHarness harness = new SyncHarness();

  @Test
  void deletingTheGatewayRemovesEverythingItOwnedLoadBalancerFirst() {
    SyncEngine engine = harness.engine();
    ElbStack stack = TestCluster.withRoutes(4, 2).stack();
    engine.sync(stack);

    Plan plan = engine.syncAll(List.of()).get(0).plan();

    assertThat(plan.deletion()).isTrue();
    // Deleting the load balancer deletes its listeners and rules in one call; the target groups it
    // used go after it.
    assertThat(operations(plan)).containsExactly(
        Operation.DELETE_LOAD_BALANCER, Operation.DELETE_TARGET_GROUP, Operation.DELETE_TARGET_GROUP);
    assertThat(harness.aws.elbv2().describeLoadBalancers().loadBalancers()).isEmpty();
    assertThat(harness.aws.elbv2().describeTargetGroups().targetGroups()).isEmpty();
    assertThat(engine.syncAll(List.of())).isEmpty();
  }

  @Test
  void deletionProtectionIsHonouredNotSwitchedOff() {
    SyncEngine engine = harness.engine();
    ElbStack stack =
        new TestCluster().service("svc0", 0, 1).route("r0", "/", "svc0")
            .config("  loadBalancerAttributes: [{key: deletion_protection.enabled, value: \"true\"}]\n")
            .stack();
    engine.sync(stack);

    SyncResult deleted = engine.delete(stack.gateway());

    assertThat(deleted.applied()).isEmpty();
    assertThat(deleted.problems()).extracting(PlanProblem::message)
        .anySatisfy(m -> assertThat(m).contains("deletion protection is on"));
    assertThat(harness.aws.elbv2().describeLoadBalancers().loadBalancers()).hasSize(1);
    assertThat(harness.aws.callLog().counts()).doesNotContainKey("DeleteLoadBalancer");
  }

  @Test
  void aSchemeChangeReplacesTheLoadBalancerAndSaysItIsDisruptive() {
    SyncEngine engine = harness.engine();
    TestCluster cluster = TestCluster.withRoutes(2, 1);
    SyncResult created = engine.sync(cluster.stack());
    String before = created.loadBalancerArn().orElseThrow();

    Plan plan = engine.plan(cluster.scheme("internal").stack());

    assertThat(plan.disruptive()).isTrue();
    // The translator's load balancer name hashes the scheme, so the new one has a new name; the old
    // one goes first all the same, since its target groups can serve one load balancer only.
    assertThat(plan.toText()).contains("DISRUPTIVE").contains("replaced by k8s-apps-web-");
    assertThat(operations(plan).subList(0, 2)).containsExactly(Operation.DELETE_LOAD_BALANCER, Operation.CREATE_LOAD_BALANCER);
    SyncResult replaced = engine.apply(plan);
    assertThat(replaced.failure()).isEmpty();
    assertThat(harness.aws.elbv2().describeLoadBalancers().loadBalancers())
        .singleElement()
        .satisfies(lb -> {
          assertThat(lb.schemeAsString()).isEqualTo("internal");
          assertThat(lb.loadBalancerArn()).isNotEqualTo(before);
        });
    assertThat(engine.sync(cluster.stack()).plan().empty()).isTrue();
  }

  @Test
  void attributesAndTagsAreModifiedInPlace() {
    SyncEngine engine = harness.engine();
    TestCluster cluster = TestCluster.withRoutes(2, 1);
    engine.sync(cluster.stack());

    SyncResult changed =
        engine.sync(cluster.config("  loadBalancerAttributes: [{key: idle_timeout.timeout_seconds, value: \"120\"}]\n"
            + "  tags: {team: payments}\n").stack());

    assertThat(changed.applied()).extracting(c -> c.operation())
        .containsExactlyInAnyOrder(Operation.MODIFY_LOAD_BALANCER_ATTRIBUTES, Operation.UPDATE_TAGS, Operation.UPDATE_TAGS);
    assertThat(changed.plan().toText()).contains("idle_timeout.timeout_seconds: 60 -> 120").contains("Tags.team: payments");
    assertThat(engine.sync(cluster.stack()).plan().empty()).isTrue();
  }

  @Test
  void aQuotaErrorStopsTheSyncWithTheChangeTheCodeAndWhatToDo() {
    InMemoryAws small =
        InMemoryAws.builder().clock(harness.clock).region("ap-northeast-2")
            .quotas(ElbQuotas.builder().rulesPerLoadBalancer(3).build()).build();
    SyncEngine engine =
        harness.builder(io.elbgateway.sync.aws.AwsClients.of(small.elbv2())).build();

    SyncResult result = engine.sync(TestCluster.withRoutes(5, 1).stack());

    assertThat(result.failure()).hasValueSatisfying(f -> {
      assertThat(f.change()).startsWith("create rule apps/web/HTTP:80/HTTPRoute/apps/r");
      assertThat(f.errorCode()).contains("TooManyRules");
      assertThat(f.hint().orElseThrow()).contains("rules quota");
    });
    assertThat(result.programmed().reason()).isEqualTo("Invalid");
    assertThat(result.programmed().message()).contains("TooManyRules");
    assertThat(result.applied().stream().filter(c -> c.operation() == Operation.CREATE_RULE)).hasSize(3);
  }

  @Test
  void aDesiredWebAclThatWasRemovedFromTheConfigurationIsDisassociated() {
    SyncEngine engine = harness.engine();
    ElbStack seed = SyncHarness.seedStack();
    engine.sync(seed);
    ElbStack withoutAcl =
        ElbStack.builder().from(seed)
            .loadBalancer(io.elbgateway.model.elb.LoadBalancer.builder().from(seed.loadBalancer()).webAclArn(java.util.Optional.empty()).build())
            .build();

    SyncResult result = engine.sync(withoutAcl);

    assertThat(result.applied()).extracting(Change::operation).containsExactly(Operation.DISASSOCIATE_WEB_ACL);
    String lb = result.loadBalancerArn().orElseThrow();
    assertThat(harness.aws.wafv2().getWebACLForResource(r -> r.resourceArn(lb)).webACL()).isNull();
    assertThat(engine.sync(withoutAcl).plan().empty()).isTrue();
  }

  @Test
  void aWebAclAssociatedBySomeoneElseIsLeftAloneWhenNoneIsDesired() {
    SyncEngine engine = harness.engine();
    TestCluster cluster = TestCluster.withRoutes(1, 1);
    String lb = engine.sync(cluster.stack()).loadBalancerArn().orElseThrow();
    String theirs = harness.aws.wafv2().createWebAcl("firewall-manager");
    harness.aws.wafv2().associateWebACL(r -> r.webACLArn(theirs).resourceArn(lb));

    SyncResult result = engine.sync(cluster.stack());

    assertThat(result.plan().empty()).isTrue();
    assertThat(harness.aws.wafv2().getWebACLForResource(r -> r.resourceArn(lb)).webACL().arn()).isEqualTo(theirs);
  }

  @Test
  void aManagedSecurityGroupTheNetworkCannotResolveIsAProblemAndNothingIsCreated() {
    SyncEngine engine =
        harness.builder(io.elbgateway.sync.aws.AwsClients.of(harness.aws.elbv2()))
            .network(io.elbgateway.sync.resolve.StaticNetwork.idsOnly())
            .build();

    SyncResult result = engine.sync(TestCluster.withRoutes(1, 1).stack());

    assertThat(result.applied()).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.key()).isEqualTo("apps/web");
      assertThat(p.message()).contains("managed security group").contains("NetworkResolver");
    });
    assertThat(harness.aws.elbv2().describeLoadBalancers().loadBalancers()).isEmpty();
  }

  @Test
  void reservedCapacityAndAMutualTlsTrustStoreByNameAreAppliedAndThenStable() {
    String store = harness.aws.elbv2().addTrustStore("partners");
    ElbStack seed = SyncHarness.seedStack();
    ElbStack wanted =
        ElbStack.builder().from(seed)
            .loadBalancer(io.elbgateway.model.elb.LoadBalancer.builder().from(seed.loadBalancer())
                .minimumLoadBalancerCapacity(io.elbgateway.model.elb.MinimumLoadBalancerCapacity.of(100)).build())
            .listeners(seed.listeners().stream()
                .map(l -> l.port() != 443 ? l : io.elbgateway.model.elb.Listener.builder().from(l)
                    .mutualAuthentication(io.elbgateway.model.elb.MutualAuthentication.builder()
                        .mode(io.elbgateway.model.elb.MutualAuthenticationMode.VERIFY).trustStore("partners").build())
                    .build())
                .collect(Collectors.toList()))
            .build();
    SyncEngine engine = harness.engine();
    SyncResult created = engine.sync(wanted);
    assertThat(created.converged()).as("%s", created.failure()).isTrue();

    assertThat(created.applied()).extracting(Change::operation).contains(Operation.MODIFY_CAPACITY_RESERVATION);
    assertThat(engine.sync(wanted).plan().empty()).isTrue();
    String lb = created.loadBalancerArn().orElseThrow();
    assertThat(harness.aws.elbv2().describeCapacityReservation(r -> r.loadBalancerArn(lb)).minimumLoadBalancerCapacity().capacityUnits())
        .isEqualTo(100);
    String https = created.arns().get("kube-system/aws-alb-gateway/HTTPS:443");
    assertThat(harness.aws.elbv2().describeListeners(r -> r.listenerArns(https)).listeners().get(0).mutualAuthentication().trustStoreArn())
        .isEqualTo(store);
  }

  @Test
  void aClientThatThrowsSomethingUnexpectedFailsTheStackNotTheCaller() {
    var real = harness.aws.elbv2();
    var broken =
        (software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client)
            java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("createRule")) {
                    throw new UnsupportedOperationException("createRule is not served here");
                  }
                  try {
                    return method.invoke(real, args);
                  } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    SyncEngine engine =
        harness.builder(io.elbgateway.sync.aws.AwsClients.of(broken)).build();

    SyncResult result = engine.sync(TestCluster.withRoutes(1, 1).stack());

    assertThat(result.failure()).hasValueSatisfying(f -> {
      assertThat(f.change()).startsWith("create rule ");
      assertThat(f.message()).contains("UnsupportedOperationException").contains("createRule is not served here");
    });
    assertThat(result.applied()).extracting(Change::operation).contains(Operation.CREATE_LISTENER);
  }

  private static List<Operation> operations(Plan plan) {
    return plan.changes().stream().map(Change::operation).collect(Collectors.toList());
  }
}
