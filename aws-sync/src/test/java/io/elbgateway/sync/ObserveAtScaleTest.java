/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.sync.aws.AwsClients;
import io.elbgateway.testkit.aws.ElbQuotas;
import io.elbgateway.testkit.aws.InMemoryAws;
import io.elbgateway.testkit.aws.ManualClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Reading a busy Region: every page is read, tags in batches of 20, and only once per engine. */
class ObserveAtScaleTest {

  @Test
  void aRegionWithHundredsOfOtherResourcesIsReadPageByPageAndTagsInBatches() {
    ManualClock clock = ManualClock.startingAt(Instant.parse("2026-11-26T00:00:00Z"));
    InMemoryAws aws =
        InMemoryAws.builder().clock(clock).region("ap-northeast-2")
            .quotas(ElbQuotas.builder().rulesPerLoadBalancer(1000).build()).build();
    for (int i = 0; i < 450; i++) {
      int n = i;
      aws.elbv2().createTargetGroup(r -> r.name("other-" + n).protocol("HTTP").port(80).vpcId(aws.vpcId()).targetType("ip"));
    }
    SyncEngine engine =
        SyncHarness.builder(AwsClients.of(aws.elbv2()), clock).build();
    ElbStack stack = TestCluster.withRoutes(420, 3).stack();
    assertThat(stack.rules()).hasSize(100); // the translator keeps to the default quota of 100 rules

    SyncResult first = engine.sync(stack);
    assertThat(first.converged()).as("%s", first.failure()).isTrue();
    // 450 target groups of others: 2 pages of 400, and their tags in ceil(450 / 20) = 23 batches.
    assertThat(first.calls().byOperation()).containsEntry("DescribeTargetGroups", 2).containsEntry("DescribeTags", 23);

    SyncResult second = engine.sync(stack);
    assertThat(second.plan().empty()).isTrue();
    // The new resources' tags were recorded when they were created: still no DescribeTags.
    assertThat(second.calls().byOperation()).doesNotContainKey("DescribeTags").containsEntry("DescribeTargetGroups", 2);

    // 450 rules on one listener (a raised quota): DescribeRules reads two pages of 400.
    io.elbgateway.model.elb.ListenerRule template = stack.rules().get(0);
    java.util.List<io.elbgateway.model.elb.ListenerRule> many = new java.util.ArrayList<>();
    for (int i = 0; i < 450; i++) {
      many.add(io.elbgateway.model.elb.ListenerRule.builder().from(template)
          .key(template.listenerKey() + "/synthetic/" + i).priority(i + 1).build());
    }
    ElbStack crowded = ElbStack.builder().from(stack).rules(many).build();
    assertThat(engine.sync(crowded).converged()).isTrue();
    SyncResult third = engine.sync(crowded);
    assertThat(third.plan().empty()).isTrue();
    assertThat(third.calls().byOperation()).containsEntry("DescribeRules", 2);
  }
}
