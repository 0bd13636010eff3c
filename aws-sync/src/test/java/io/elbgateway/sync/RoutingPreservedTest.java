/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.LoadBalancer;
import io.elbgateway.model.elb.SubnetMapping;
import io.elbgateway.sync.resolve.NetworkResolver;
import io.elbgateway.testkit.alb.AlbEvaluator;
import io.elbgateway.testkit.alb.AlbOutcome;
import io.elbgateway.testkit.alb.AlbResult;
import io.elbgateway.testkit.alb.Connection;
import io.elbgateway.testkit.alb.NlbEvaluator;
import io.elbgateway.testkit.gen.Connections;
import io.elbgateway.testkit.alb.Forwarded;
import io.elbgateway.testkit.alb.Handled;
import io.elbgateway.testkit.alb.ImmutableForwarded;
import io.elbgateway.testkit.alb.ImmutableHandled;
import io.elbgateway.testkit.alb.TargetGroupShare;
import io.elbgateway.sync.aws.OwnershipTags;
import io.elbgateway.testkit.alb.HttpRequest;
import io.elbgateway.testkit.gen.Requests;
import io.elbgateway.testkit.gen.Scenario;
import io.elbgateway.testkit.gen.Scenarios;
import io.elbgateway.testkit.property.Gen;
import io.elbgateway.testkit.property.Property;
import io.elbgateway.testkit.property.Tuple2;
import io.elbgateway.translate.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.acm.model.CertificateStatus;

/**
 * Syncing preserves routing: for generated Gateway API configurations, the ALB the engine leaves in
 * (in-memory) AWS answers every generated request exactly as the desired stack does, judged by
 * the same evaluator. Whatever the translator decided, AWS now does it.
 */
class RoutingPreservedTest {

  private static final int TRIES = 300;
  private static final int REQUESTS = 20;

  /** Any subnet name or selector gets two fixed subnets; any group name an ID. */
  private static final NetworkResolver ANY_NETWORK =
      new NetworkResolver() {
        @Override
        public List<SubnetMapping> subnets(LoadBalancer lb) {
          return List.of(SubnetMapping.of("subnet-0a1b2c3d4e5f60001"), SubnetMapping.of("subnet-0a1b2c3d4e5f60002"));
        }

        @Override
        public List<String> securityGroups(LoadBalancer lb) {
          List<String> groups = new ArrayList<>();
          lb.securityGroups().forEach(g -> groups.add(g.startsWith("sg-") ? g : "sg-" + Integer.toHexString(g.hashCode())));
          lb.managedSecurityGroup().ifPresent(m -> groups.add(SyncHarness.MANAGED_SG));
          return groups;
        }
      };

  /**
   * An outcome as AWS can show it: keys as their tag values (a key with a {@code #} qualifier is
   * hashed in its tag), and group stickiness that is off the same as none (AWS reports it off when
   * none was set).
   */
  private static AlbOutcome normal(AlbOutcome outcome) {
    if (!(outcome instanceof Handled)) {
      return outcome;
    }
    Handled handled = (Handled) outcome;
    ImmutableHandled normal =
        ImmutableHandled.copyOf(handled)
            .withListenerKey(OwnershipTags.tagValue(handled.listenerKey()))
            .withRuleKey(handled.ruleKey().map(OwnershipTags::tagValue));
    return normal.withResult(normal(handled.result()));
  }

  private static SyncEngine engine(SyncHarness harness) {
    return harness.builder(harness.clients()).network(ANY_NETWORK).build();
  }

  @Test
  void theNlbInAwsForwardsEveryConnectionLikeTheDesiredStack() {
    AtomicInteger stacks = new AtomicInteger();
    Gen<Tuple2<Scenario, List<Connection>>> cases =
        Scenarios.nlb().flatMap(s -> Gen.lists(Connections.against(s), REQUESTS, REQUESTS).map(c -> new Tuple2<>(s, c)));
    Property.forAll(cases)
        .named("sync preserves NLB forwarding")
        .withTries(TRIES)
        .withSeed(7L)
        .verify(pair -> {
          for (ElbStack desired : SyncHarness.translate(pair.first().objects()).stacks()) {
            if (!desired.referencedTargetGroupNames().isEmpty()) {
              continue;
            }
            SyncHarness harness = new SyncHarness();
            desired.listeners().forEach(l -> l.certificateHostnames().forEach(
                h -> harness.aws.acm().addCertificate(h, CertificateStatus.ISSUED)));
            SyncEngine engine = engine(harness);
            SyncResult result = engine.sync(desired);
            assertThat(result.converged()).as("%s%s", result.plan().toText(), result.failure()).isTrue();
            assertThat(engine.sync(desired).plan().empty()).as("second sync").isTrue();
            ElbStack inAws = harness.aws.stackOf(result.loadBalancerArn().orElseThrow());
            stacks.incrementAndGet();
            for (Connection connection : pair.second()) {
              assertThat(NlbEvaluator.evaluate(inAws, connection).map(RoutingPreservedTest::normal))
                  .as("connection %s", connection)
                  .isEqualTo(NlbEvaluator.evaluate(desired, connection).map(RoutingPreservedTest::normal));
            }
          }
        })
        .assertPassed();
    System.out.printf("NLB forwarding preserved: %d stacks synced%n", stacks.get());
    assertThat(stacks.get()).isGreaterThan(TRIES / 2);
  }

  private static AlbResult normal(AlbResult result) {
    if (result instanceof Forwarded) {
      Forwarded forwarded = (Forwarded) result;
      ImmutableForwarded f =
          ImmutableForwarded.copyOf(forwarded)
              .withTargetGroups(forwarded.targetGroups().stream()
                  .map(t -> TargetGroupShare.of(OwnershipTags.tagValue(t.targetGroupKey()), t.weight(), t.share()))
                  .collect(java.util.stream.Collectors.toList()));
      return forwarded.stickiness().map(s -> !s.enabled()).orElse(false) ? f.withStickiness(java.util.Optional.empty()) : f;
    }
    return result;
  }

  @Test
  void theAlbInAwsRoutesEveryRequestLikeTheDesiredStack() {
    AtomicInteger stacks = new AtomicInteger();
    AtomicInteger requests = new AtomicInteger();
    Gen<Tuple2<Scenario, List<HttpRequest>>> cases =
        Scenarios.alb().flatMap(s -> Gen.lists(Requests.against(s), REQUESTS, REQUESTS).map(r -> new Tuple2<>(s, r)));
    Property.forAll(cases)
        .named("sync preserves routing")
        .withTries(TRIES)
        .withSeed(6L)
        .verify(pair -> {
          Scenario scenario = pair.first();
          Translation translation = SyncHarness.translate(scenario.objects());
          for (ElbStack desired : translation.stacks()) {
            if (!desired.referencedTargetGroupNames().isEmpty()) {
              continue; // unmanaged target groups by name: not ours to create
            }
            SyncHarness harness = new SyncHarness();
            desired.listeners().forEach(l -> l.certificateHostnames().forEach(
                h -> harness.aws.acm().addCertificate(h, CertificateStatus.ISSUED)));
            SyncEngine engine = engine(harness);
            SyncResult result = engine.sync(desired);
            assertThat(result.failure()).as("%s", result.plan().toText()).isEmpty();
            // A TLS listener with neither a certificate nor a hostname to find one for cannot be
            // created (AWS refuses it); the engine says so, and its port is left out below.
            java.util.Set<Integer> uncertified =
                desired.listeners().stream()
                    .filter(l -> l.protocol() == io.elbgateway.model.elb.Protocol.HTTPS
                        && l.certificates().isEmpty() && l.certificateHostnames().isEmpty())
                    .map(l -> l.port())
                    .collect(java.util.stream.Collectors.toSet());
            assertThat(result.problems())
                .as("%s", result.plan().toText())
                .allSatisfy(p -> assertThat(p.message()).contains("needs a certificate"))
                .hasSize(uncertified.size());
            assertThat(engine.sync(desired).plan().empty()).isTrue();
            ElbStack inAws = harness.aws.stackOf(result.loadBalancerArn().orElseThrow());
            stacks.incrementAndGet();
            for (HttpRequest request : pair.second()) {
              if (uncertified.contains(request.listenerPort())) {
                continue;
              }
              requests.incrementAndGet();
              assertThat(normal(AlbEvaluator.evaluate(inAws, request)))
                  .as("request %s", request)
                  .isEqualTo(normal(AlbEvaluator.evaluate(desired, request)));
            }
          }
        })
        .assertPassed();
    System.out.printf("routing preserved: %d stacks synced, %d requests compared%n", stacks.get(), requests.get());
    assertThat(stacks.get()).isGreaterThan(TRIES / 2);
  }
}
