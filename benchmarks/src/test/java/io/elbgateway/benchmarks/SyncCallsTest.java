/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.Certificate;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.Listener;
import io.elbgateway.model.elb.LoadBalancer;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.sync.SyncResult;
import io.elbgateway.sync.aws.CallCounts;
import io.elbgateway.sync.plan.Change;
import io.elbgateway.sync.plan.Operation;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sync benchmark's figures at a small size (5 and 10 Gateways of 10 rules): the first sync
 * makes exactly the calls its plans list, a second makes no change, calls grow linearly with the
 * Gateways, and the LBC model counts one Gateway as a hand count from lbc-gateway.md §5 does.
 */
class SyncCallsTest {

  private static SyncRun five;
  private static SyncRun ten;

  @BeforeAll
  static void run() {
    five = SyncRun.of(5, 10);
    ten = SyncRun.of(10, 10);
  }

  @Test
  void theGeneratorGivesTheAskedShape() {
    for (ElbStack stack : five.stacks) {
      assertThat(stack.listeners()).singleElement().satisfies(l -> assertThat(l.port()).isEqualTo(80));
      assertThat(stack.rules()).hasSize(10);
      assertThat(stack.targetGroups()).hasSize(SyncClusterGenerator.SERVICES_PER_GATEWAY)
          .allSatisfy(tg -> assertThat(tg.targets()).hasSize(SyncClusterGenerator.ENDPOINTS_PER_SERVICE));
    }
  }

  @Test
  void theFirstSyncConvergesAndMakesExactlyTheMutatingCallsItsPlansList() {
    assertThat(five.first).hasSize(5).allSatisfy(r -> assertThat(r.converged()).isTrue());
    Map<String, Integer> planned = new TreeMap<>();
    for (SyncResult result : five.first) {
      assertThat(result.applied()).hasSize(result.plan().changes().size());
      for (Change change : result.plan().changes()) {
        assertThat(change.operation()).isNotEqualTo(Operation.UPDATE_TAGS);
        planned.merge(change.operation().apiName(), 1, Integer::sum);
      }
    }
    assertThat(mutatingByOperation(five.firstCalls)).isEqualTo(planned);
    // Per Gateway: 1 load balancer, 5 target groups with their targets, 1 listener, 10 rules.
    assertThat(planned).containsExactlyInAnyOrderEntriesOf(Map.of(
        "CreateLoadBalancer", 5, "CreateTargetGroup", 25, "RegisterTargets", 25, "CreateListener", 5, "CreateRule", 50));
    // Reads: the one Region-wide listing of syncAll, into an empty Region; nothing else.
    assertThat(five.firstCalls.byOperation()).containsEntry("DescribeLoadBalancers", 1).containsEntry("DescribeTargetGroups", 1);
    assertThat(five.firstCalls.reads()).isEqualTo(2);
    // The engine counts what the in-memory AWS saw.
    assertThat(five.firstCalls.byOperation()).isEqualTo(five.firstLogged.byOperation());
  }

  @Test
  void aSecondSyncMakesNoMutatingCallAndReadsPerOwnedResource() {
    assertThat(five.second).allSatisfy(r -> assertThat(r.plan().empty()).isTrue());
    assertThat(five.secondCalls.mutating()).isZero();
    assertThat(five.secondLogged.mutating()).isZero();
    assertThat(five.secondCalls.byOperation()).isEqualTo(five.secondLogged.byOperation());
    // 2 Region-wide listings, then per Gateway DescribeListeners, DescribeRules on its listener
    // and DescribeTargetHealth per target group; tags from the cache.
    assertThat(five.secondCalls.reads()).isEqualTo(2 + 5 * (1 + 1 + 5));
    assertThat(five.afterTagCache).allSatisfy(r -> assertThat(r.plan().empty()).isTrue());
    assertThat(five.afterTagCacheCalls.mutating()).isZero();
  }

  @Test
  void callsGrowLinearlyWithTheGatewaysBesideTheOneRegionWideListing() {
    int listing = 2; // DescribeLoadBalancers and DescribeTargetGroups, one page each, once per syncAll
    assertThat(ten.firstCalls.mutating()).isEqualTo(2 * five.firstCalls.mutating());
    assertThat(ten.firstCalls.total()).isEqualTo(2 * five.firstCalls.total() - listing);
    assertThat(ten.secondCalls.total()).isEqualTo(2 * five.secondCalls.total() - listing);
  }

  @Test
  void theLbcModelCountsOneGatewayAsSection5Says() {
    ElbStack stack = five.stacks.get(0);
    LbcCallModel lbc = LbcCallModel.standard();

    // First reconcile, empty Region. §5 step 4: DescribeTargetGroups (1 page) and 5
    // CreateTargetGroup; step 5: DescribeLoadBalancers (1 page), CreateLoadBalancer; step 6:
    // DescribeListeners on the LB, CreateListener; step 7: DescribeRules, 10 CreateRule; step 8
    // (TargetGroupBinding controller): 5 RegisterTargets. No attributes, WAF or Shield in the model.
    CallCounts first = lbc.firstDeployment(List.of(stack));
    assertThat(first.byOperation()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "DescribeTargetGroups", 1, "CreateTargetGroup", 5,
        "DescribeLoadBalancers", 1, "CreateLoadBalancer", 1,
        "DescribeListeners", 1, "CreateListener", 1,
        "DescribeRules", 1, "CreateRule", 10,
        "RegisterTargets", 5));
    assertThat(first.total()).isEqualTo(26);
    assertThat(first.mutating()).isEqualTo(22);

    // No-change reconcile, tags cached: the two listings, attributes of each matched TG, of the LB
    // and of the listener, the listener and its rules.
    CallCounts second = lbc.noChangeReconcile(List.of(stack));
    assertThat(second.byOperation()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "DescribeTargetGroups", 1, "DescribeTargetGroupAttributes", 5,
        "DescribeLoadBalancers", 1, "DescribeLoadBalancerAttributes", 1,
        "DescribeListeners", 1, "DescribeListenerAttributes", 1,
        "DescribeRules", 1));
    assertThat(second.mutating()).isZero();

    // After the 20-minute tag cache: + DescribeTags for 5 TGs, 1 LB, 1 listener, 10 rules.
    assertThat(lbc.reconcileAfterTagCache(List.of(stack)).byOperation()).containsEntry("DescribeTags", 4);
  }

  @Test
  void theLbcModelRepeatsTheRegionWideListingPerGatewayAndPagesIt() {
    // One Gateway per reconcile (§1.3): each lists the Region; with 400 per page, the 81st
    // Gateway's reconcile sees 400 target groups (80 x 5): one page still, the 82nd two.
    ElbStack stack = five.stacks.get(0);
    LbcCallModel lbc = LbcCallModel.standard();
    assertThat(lbc.firstReconcile(stack, 80, 400, 0, 0).byOperation()).containsEntry("DescribeTargetGroups", 1);
    assertThat(lbc.firstReconcile(stack, 81, 405, 0, 0).byOperation()).containsEntry("DescribeTargetGroups", 2);
    assertThat(lbc.firstDeployment(five.stacks).byOperation())
        .containsEntry("DescribeLoadBalancers", 5)
        .containsEntry("DescribeTargetGroups", 5);
    // As in LBC's source: each reconcile reads the tags of what the one before it created (1 LB:
    // 1 call, 5 TGs: 1 call; 4 of the 5 reconciles see something new) and of its new listener's
    // default rule (5), and reads the attributes of each LB and TG it creates.
    assertThat(LbcCallModel.asInSource().firstDeployment(five.stacks).byOperation())
        .containsEntry("DescribeTags", 4 * 2 + 5)
        .containsEntry("DescribeLoadBalancerAttributes", 5)
        .containsEntry("DescribeTargetGroupAttributes", 25);
  }

  @Test
  void theLbcModelCountsTheOptionalPartsOfALoadBalancerAsSection5Says() {
    ElbStack plain = five.stacks.get(0);
    Listener http = plain.listeners().get(0);
    ElbStack stack =
        ElbStack.builder()
            .from(plain)
            .loadBalancer(LoadBalancer.builder().from(plain.loadBalancer())
                .webAclArn("arn:aws:wafv2:us-west-2:123456789012:regional/webacl/acl/1")
                .shieldEnabled(true)
                .attributes(Map.of("idle_timeout.timeout_seconds", "120"))
                .build())
            .listeners(List.of(Listener.builder().from(http).protocol(Protocol.HTTPS).port(443)
                .certificates(List.of(
                    Certificate.of("arn:aws:acm:us-west-2:123456789012:certificate/a", true),
                    Certificate.of("arn:aws:acm:us-west-2:123456789012:certificate/b", false),
                    Certificate.of("arn:aws:acm:us-west-2:123456789012:certificate/c", false)))
                .build()))
            .build();
    LbcCallModel lbc = LbcCallModel.standard();

    // Beside the plain Gateway's 26: ModifyLoadBalancerAttributes (step 5), AddListenerCertificates
    // for the two extra certificates (step 6, one call in the cheaper reading), GetWebACLForResource
    // and AssociateWebACL (step 9), GetSubscriptionState, DescribeProtection, CreateProtection.
    CallCounts first = lbc.firstReconcile(stack, 0, 0, 0, 0);
    assertThat(first.total()).isEqualTo(26 + 1 + 1 + 2 + 3);
    assertThat(first.byOperation())
        .containsEntry("ModifyLoadBalancerAttributes", 1)
        .containsEntry("AddListenerCertificates", 1)
        .containsEntry("AssociateWebACL", 1)
        .containsEntry("CreateProtection", 1);
    assertThat(LbcCallModel.asInSource().firstReconcile(stack, 0, 0, 0, 0).byOperation())
        .containsEntry("AddListenerCertificates", 2);

    // No change: beside the plain Gateway's 11, DescribeListenerCertificates for the HTTPS
    // listener, GetWebACLForResource, GetSubscriptionState and DescribeProtection.
    CallCounts second = lbc.noChangeReconcile(stack, 1, 5, false);
    assertThat(second.total()).isEqualTo(11 + 1 + 1 + 2);
    assertThat(second.mutating()).isZero();
  }

  private static Map<String, Integer> mutatingByOperation(CallCounts counts) {
    Map<String, Integer> mutating = new TreeMap<>();
    counts.byOperation().forEach((op, n) -> {
      if (io.elbgateway.sync.aws.ApiGroup.mutating(op)) {
        mutating.put(op, n);
      }
    });
    return mutating;
  }
}
