/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.sync.plan.Plan;
import io.elbgateway.testkit.alb.AlbEvaluator;
import io.elbgateway.testkit.alb.AlbOutcome;
import io.elbgateway.testkit.alb.AlbResult;
import io.elbgateway.testkit.alb.Handled;
import io.elbgateway.testkit.alb.FixedResponse;
import io.elbgateway.testkit.alb.Forwarded;
import io.elbgateway.testkit.alb.HttpRequest;
import io.elbgateway.testkit.golden.GoldenFiles;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;

/**
 * The seed walk-through, synced into the in-memory AWS: the resource map it leaves is the seed's
 * picture (one ALB, two listeners, the 403 rule and the forward rule on each, the target group with
 * its two targets, the WAF association, the access-log attributes), requests route as the seed
 * says, and a second sync changes nothing.
 */
class SeedSyncTest {

  private static final Path GOLDEN = Path.of("src/test/resources/sync");

  @Test
  void theSeedSyncsIntoTheSeedsPicture() {
    SyncHarness harness = new SyncHarness();
    ElbStack seed = SyncHarness.seedStack();
    SyncEngine engine = harness.engine();

    Plan plan = engine.plan(seed);
    GoldenFiles.assertMatches(GOLDEN.resolve("seed-plan.txt"), plan.toText());

    SyncResult first = engine.sync(seed);
    assertThat(first.failure()).isEmpty();
    assertThat(first.problems()).isEmpty();
    assertThat(first.applied()).hasSize(plan.changes().size());
    assertThat(first.dnsName()).hasValueSatisfying(d -> assertThat(d).endsWith(".ap-northeast-2.elb.amazonaws.com"));
    GoldenFiles.assertMatches(GOLDEN.resolve("seed-resource-map.txt"), harness.aws.describe());
    GoldenFiles.assertMatches(GOLDEN.resolve("seed-first-sync-calls.txt"), first.calls().summary() + "\n");

    // The seed's picture, checked piece by piece besides the golden map.
    assertThat(harness.aws.elbv2().describeLoadBalancers().loadBalancers()).hasSize(1);
    LoadBalancer lb = harness.aws.elbv2().describeLoadBalancers().loadBalancers().get(0);
    assertThat(harness.aws.elbv2().describeListeners(r -> r.loadBalancerArn(lb.loadBalancerArn())).listeners())
        .extracting(l -> l.protocolAsString() + ":" + l.port())
        .containsExactlyInAnyOrder("HTTP:80", "HTTPS:443");
    assertThat(harness.aws.wafv2().getWebACLForResource(r -> r.resourceArn(lb.loadBalancerArn())).webACL().arn())
        .isEqualTo(SyncHarness.SEED_WEB_ACL);
    Map<String, String> attributes = new java.util.TreeMap<>();
    harness.aws.elbv2().describeLoadBalancerAttributes(r -> r.loadBalancerArn(lb.loadBalancerArn()))
        .attributes().forEach(a -> attributes.put(a.key(), a.value()));
    assertThat(attributes)
        .containsEntry("access_logs.s3.enabled", "true")
        .containsEntry("access_logs.s3.bucket", "my-alb-access-logs")
        .containsEntry("access_logs.s3.prefix", "");

    // The ALB in AWS routes like the desired state: /metrics answers 403, the rest goes to my-web.
    ElbStack inAws = harness.aws.stackOf(lb.loadBalancerArn());
    for (int port : new int[] {80, 443}) {
      AlbResult metrics = result(AlbEvaluator.evaluate(inAws, request(port, "/metrics/cpu")));
      assertThat(metrics).isInstanceOfSatisfying(FixedResponse.class, f -> {
        assertThat(f.statusCode()).isEqualTo(403);
        assertThat(f.messageBody()).contains("Forbidden for public access");
      });
      AlbResult page = result(AlbEvaluator.evaluate(inAws, request(port, "/index.html")));
      assertThat(page).isInstanceOfSatisfying(Forwarded.class, f ->
          assertThat(f.share("kube-system/aws-alb-gateway/my-web/my-web:80")).isEqualTo(1.0));
      AlbResult otherHost = result(AlbEvaluator.evaluate(inAws, HttpRequest.builder().host("other.example.com").listenerPort(port).path("/").build()));
      assertThat(otherHost).isInstanceOfSatisfying(FixedResponse.class, f -> assertThat(f.statusCode()).isEqualTo(404));
    }
  }

  @Test
  void applyTellsItsProgressBeforeEachChange() {
    SyncHarness harness = new SyncHarness();
    SyncEngine engine = harness.engine();
    Plan plan = engine.plan(SyncHarness.seedStack());
    java.util.List<String> seen = new java.util.ArrayList<>();

    SyncResult result = engine.apply(plan, (done, total, change) -> seen.add(done + "/" + total + " " + change.key()));

    assertThat(result.failure()).isEmpty();
    assertThat(seen).hasSize(plan.changes().size());
    for (int i = 0; i < seen.size(); i++) {
      assertThat(seen.get(i)).isEqualTo(i + "/" + plan.changes().size() + " " + plan.changes().get(i).key());
    }
  }

  @Test
  void aSecondSyncWithNothingChangedMakesNoChangeAndFewReads() {
    SyncHarness harness = new SyncHarness();
    ElbStack seed = SyncHarness.seedStack();
    SyncEngine engine = harness.engine();
    engine.sync(seed);
    harness.aws.callLog().reset();

    SyncResult second = engine.sync(seed);

    assertThat(second.plan().empty()).isTrue();
    assertThat(second.calls().mutating()).isZero();
    assertThat(harness.aws.callLog().mutating()).isZero();
    // The bound on reads: 2 Region-wide listings (load balancers, target groups: one page each
    // up to 400), then per owned load balancer DescribeListeners, DescribeLoadBalancerAttributes
    // (only because the seed sets attributes) and GetWebACLForResource (only because it has a web
    // ACL), per owned listener DescribeRules and, for HTTPS, DescribeListenerCertificates, per
    // owned target group DescribeTargetHealth. Tags come from the engine's cache: no DescribeTags.
    int listeners = 2;
    int httpsListeners = 1;
    int targetGroups = 1;
    int bound = 2 + 3 + listeners + httpsListeners + targetGroups;
    assertThat(second.calls().reads()).isEqualTo(bound);
    assertThat(second.calls().byOperation()).doesNotContainKey("DescribeTags");
    GoldenFiles.assertMatches(GOLDEN.resolve("seed-second-sync-calls.txt"), second.calls().summary() + "\n");
  }

  @Test
  void aRestartedEngineReadsTagsOnceAndStillChangesNothing() {
    SyncHarness harness = new SyncHarness();
    ElbStack seed = SyncHarness.seedStack();
    harness.engine().sync(seed);

    SyncResult afterRestart = harness.engine().sync(seed);

    assertThat(afterRestart.plan().empty()).isTrue();
    assertThat(afterRestart.calls().mutating()).isZero();
    assertThat(afterRestart.calls().byOperation()).containsKey("DescribeTags");
  }

  @Test
  void theGatewayStatusGetsTheAddressAndProgrammedOnceTheLoadBalancerIsActive() {
    SyncHarness harness = new SyncHarness();
    ElbStack seed = SyncHarness.seedStack();
    SyncEngine engine = harness.engine();
    SyncResult first = engine.sync(seed);
    assertThat(first.programmed().reason()).isEqualTo("Pending");
    assertThat(first.requeueAfter()).isPresent();
    assertThat(first.addresses()).singleElement().satisfies(a -> assertThat(a.type()).isEqualTo("Hostname"));

    // The in-memory ALB turns active after it was described once, as a real one does after a few
    // minutes: the requeue brings the sync back until it is.
    SyncResult later = engine.sync(seed);
    for (int i = 0; i < 3 && !later.state().equals(java.util.Optional.of(LoadBalancerState.ACTIVE)); i++) {
      later = engine.sync(seed);
    }
    assertThat(later.state()).contains(LoadBalancerState.ACTIVE);
    assertThat(later.programmed().status().toString()).isEqualTo("True");
    assertThat(later.programmed().reason()).isEqualTo("Programmed");
    assertThat(later.requeueAfter()).isEmpty();
  }

  private static AlbResult result(AlbOutcome outcome) {
    assertThat(outcome).isInstanceOf(Handled.class);
    return ((Handled) outcome).result();
  }

  private static HttpRequest request(int port, String path) {
    return HttpRequest.builder().host("www.example.com").listenerPort(port).path(path).scheme(port == 443 ? "https" : "http").build();
  }
}
