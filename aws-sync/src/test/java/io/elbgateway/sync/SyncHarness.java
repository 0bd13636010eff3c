/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync;

import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.LoadResult;
import io.elbgateway.model.codec.ManifestReader;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.sync.aws.AwsClients;
import io.elbgateway.sync.aws.RateLimits;
import io.elbgateway.sync.aws.RetryPolicy;
import io.elbgateway.sync.resolve.ClientCredentials;
import io.elbgateway.sync.resolve.StaticNetwork;
import io.elbgateway.testkit.aws.InMemoryAws;
import io.elbgateway.testkit.aws.ManualClock;
import io.elbgateway.translate.Translation;
import io.elbgateway.translate.Translator;
import io.elbgateway.translate.TranslatorOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** An in-memory AWS, engines on it, and translations to sync: what every sync test starts from. */
final class SyncHarness {

  static final String CLUSTER = "test";
  static final String MANAGED_SG = "sg-0123456789abcdef0";
  static final String SEED_WEB_ACL =
      "arn:aws:wafv2:ap-northeast-2:123456789012:regional/webacl/my-web-acl/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d";

  static final Translator TRANSLATOR =
      Translator.builder()
          .options(TranslatorOptions.builder().clusterName(CLUSTER).build())
          .serviceLoader(false)
          .build();

  final ManualClock clock = ManualClock.startingAt(Instant.parse("2026-11-26T00:00:00Z"));
  final InMemoryAws aws;

  SyncHarness() {
    this(1);
  }

  SyncHarness(long seed) {
    aws = InMemoryAws.builder().clock(clock).seed(seed).region("ap-northeast-2").build();
    aws.wafv2().addWebAcl(SEED_WEB_ACL);
  }

  /** A new engine on the same AWS: what a controller restart gives. */
  SyncEngine engine() {
    return engine(RetryPolicy.defaults());
  }

  SyncEngine engine(RetryPolicy retry) {
    return builder(clients())
        .secrets(secret -> Optional.of(ClientCredentials.of("client-" + secret.name(), "s3cr3t-" + secret.name())))
        .retryPolicy(retry)
        .rateLimits(RateLimits.defaults())
        .random(new Random(11))
        .build();
  }

  /** All four in-memory clients. */
  AwsClients clients() {
    return AwsClients.of(aws.elbv2(), aws.wafv2(), aws.acm(), aws.shield());
  }

  /** {@link #builder(AwsClients, ManualClock)} on this harness's clock. */
  SyncEngine.Builder builder(AwsClients clients) {
    return builder(clients, clock);
  }

  /**
   * An engine builder for tests that vary one thing: this cluster, IDs plus the managed security
   * group, no rate limits, the manual clock. Tests override what they are about.
   */
  static SyncEngine.Builder builder(AwsClients clients, ManualClock clock) {
    return SyncEngine.builder()
        .clients(clients)
        .clusterName(CLUSTER)
        .network(StaticNetwork.idsOnly().withManagedSecurityGroup(MANAGED_SG))
        .rateLimits(RateLimits.none())
        .timing(clock, clock::advance);
  }

  /** The manifests of a folder or file, translated. */
  static Translation translate(Path manifests) {
    LoadResult loaded = ManifestReader.of(KindRegistry.standard()).read(manifests);
    if (loaded.hasErrors()) {
      throw new IllegalStateException(loaded.problems().get(0).render());
    }
    return TRANSLATOR.translate(ClusterSnapshot.of(loaded.objects()));
  }

  /** Manifests given as YAML text, translated. */
  static Translation translate(String yaml) {
    return translate(yaml, Optional.empty());
  }

  /** Manifests given as YAML text, translated with the previous translation's rule priorities. */
  static Translation translate(String yaml, Optional<Translation> previous) {
    LoadResult loaded = ManifestReader.of(KindRegistry.standard()).readString(yaml, "test.yaml");
    if (loaded.hasErrors()) {
      throw new IllegalStateException(loaded.problems().get(0).render());
    }
    return TRANSLATOR.translate(ClusterSnapshot.of(loaded.objects()), previous);
  }

  /** Objects translated. */
  static Translation translate(List<KubernetesObject> objects) {
    return TRANSLATOR.translate(ClusterSnapshot.of(objects));
  }

  /** The seed walk-through's one stack. */
  static ElbStack seedStack() {
    return translate(Path.of("../examples/seed")).stacks().get(0);
  }
}
