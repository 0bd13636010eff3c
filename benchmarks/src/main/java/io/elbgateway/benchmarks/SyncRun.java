/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.benchmarks;

import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.LoadResult;
import io.elbgateway.model.codec.ManifestReader;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.sync.SyncEngine;
import io.elbgateway.sync.SyncResult;
import io.elbgateway.sync.aws.AwsClients;
import io.elbgateway.sync.aws.CallCounts;
import io.elbgateway.sync.aws.RateLimits;
import io.elbgateway.sync.resolve.StaticNetwork;
import io.elbgateway.testkit.aws.ElbQuotas;
import io.elbgateway.testkit.aws.InMemoryAws;
import io.elbgateway.testkit.aws.ManualClock;
import io.elbgateway.translate.Translation;
import io.elbgateway.translate.Translator;
import io.elbgateway.translate.TranslatorOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * One measured run of the sync benchmark: a generated cluster of {@code gateways} Gateways with
 * {@code rulesPerGateway} ALB rules each, translated, synced with {@link SyncEngine#syncAll} into a
 * fresh in-memory AWS (manual clock, no client-side rate limits, so only calls are measured), then
 * synced again with nothing changed (tags still cached), then once more after the engine's tag
 * cache expired (what a controller's periodic resync sees). The AWS calls of each, from the
 * engine's counts, which the test checks against the in-memory AWS's own call log.
 */
final class SyncRun {

  static final String CLUSTER = "bench";
  static final String MANAGED_SG = "sg-0123456789abcdef0";

  /** Longer than the engine's default tag cache (10 minutes). */
  static final Duration PAST_TAG_CACHE = Duration.ofMinutes(11);

  private static final Translator TRANSLATOR =
      Translator.builder()
          .options(TranslatorOptions.builder().clusterName(CLUSTER).build())
          .serviceLoader(false)
          .build();

  final int gateways;
  final int rulesPerGateway;
  final List<ElbStack> stacks;
  final List<SyncResult> first;
  final CallCounts firstCalls;
  final CallCounts firstLogged;
  final List<SyncResult> second;
  final CallCounts secondCalls;
  final CallCounts secondLogged;
  final List<SyncResult> afterTagCache;
  final CallCounts afterTagCacheCalls;
  final long firstSyncMillis;

  private SyncRun(int gateways, int rulesPerGateway) {
    this.gateways = gateways;
    this.rulesPerGateway = rulesPerGateway;
    this.stacks = stacks(gateways, rulesPerGateway);

    ManualClock clock = ManualClock.startingAt(Instant.parse("2026-11-26T00:00:00Z"));
    // 200 ALBs are over the default quota of 50 per Region (adjustable): the account is assumed
    // to have it raised, as any account running this many Gateways has.
    InMemoryAws aws =
        InMemoryAws.builder()
            .clock(clock)
            .seed(1)
            .quotas(ElbQuotas.builder().loadBalancersPerRegion(Math.max(50, gateways)).build())
            .build();
    SyncEngine engine =
        SyncEngine.builder()
            .clients(AwsClients.of(aws.elbv2(), aws.wafv2(), aws.acm(), aws.shield()))
            .clusterName(CLUSTER)
            .network(StaticNetwork.idsOnly().withManagedSecurityGroup(MANAGED_SG))
            .rateLimits(RateLimits.none())
            .timing(clock, clock::advance)
            .random(new Random(11))
            .build();

    long start = System.nanoTime();
    this.first = engine.syncAll(stacks);
    this.firstSyncMillis = (System.nanoTime() - start) / 1_000_000;
    this.firstCalls = sum(first);
    this.firstLogged = logged(aws);

    aws.callLog().reset();
    this.second = engine.syncAll(stacks);
    this.secondCalls = sum(second);
    this.secondLogged = logged(aws);

    clock.advance(PAST_TAG_CACHE);
    this.afterTagCache = engine.syncAll(stacks);
    this.afterTagCacheCalls = sum(afterTagCache);
  }

  /** Generates, translates, syncs and syncs again. */
  static SyncRun of(int gateways, int rulesPerGateway) {
    return new SyncRun(gateways, rulesPerGateway);
  }

  /** The desired stacks of the generated cluster, checked to have the asked shape. */
  static List<ElbStack> stacks(int gateways, int rulesPerGateway) {
    LoadResult loaded =
        ManifestReader.of(KindRegistry.standard())
            .readString(SyncClusterGenerator.generate(gateways, rulesPerGateway), "generated.yaml");
    if (loaded.hasErrors()) {
      throw new IllegalStateException("generated manifests do not load: " + loaded.problems().get(0).render());
    }
    Translation translation = TRANSLATOR.translate(ClusterSnapshot.of(loaded.objects()));
    List<ElbStack> stacks = translation.stacks();
    if (stacks.size() != gateways) {
      throw new IllegalStateException("expected " + gateways + " stacks, the translation has " + stacks.size());
    }
    for (ElbStack stack : stacks) {
      if (stack.rules().size() != rulesPerGateway) {
        throw new IllegalStateException(
            "expected " + rulesPerGateway + " rules in " + stack.gateway() + ", the translation has " + stack.rules().size());
      }
    }
    return stacks;
  }

  /** The calls of all results, added. */
  static CallCounts sum(List<SyncResult> results) {
    CallCounts sum = CallCounts.none();
    for (SyncResult result : results) {
      sum = sum.plus(result.calls());
    }
    return sum;
  }

  /** What the in-memory AWS logged since its last reset, as call counts. */
  private static CallCounts logged(InMemoryAws aws) {
    return CallCounts.builder().byOperation(aws.callLog().counts()).build();
  }
}
