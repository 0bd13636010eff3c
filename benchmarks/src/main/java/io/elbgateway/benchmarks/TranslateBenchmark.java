/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.benchmarks;

import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.LoadResult;
import io.elbgateway.model.codec.ManifestReader;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.Translation;
import io.elbgateway.translate.Translator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Translating a generated cluster, and, as the baseline measured in the same run, reading the same
 * manifests with the codec. Compare per-route times and the ratio of the two; compare 1,000 with
 * 10,000 routes for scaling (near-linear means no nested scans).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TranslateBenchmark {

  @Param({"100", "1000", "10000"})
  public int routes;

  private String manifests;
  private ClusterSnapshot snapshot;
  private final ManifestReader reader = ManifestReader.of(KindRegistry.standard());
  private final Translator translator = Translator.withDefaults();

  @Setup(Level.Trial)
  public void setUp() {
    manifests = ClusterGenerator.generate(routes, ClusterGenerator.gatewaysFor(routes), 42);
    LoadResult loaded = reader.readString(manifests, "generated.yaml");
    if (loaded.hasErrors()) {
      throw new IllegalStateException("generated manifests do not load: " + loaded.problems().get(0).render());
    }
    snapshot = ClusterSnapshot.of(loaded.objects());
  }

  /** The translator on the whole cluster. */
  @Benchmark
  public Translation translate() {
    return translator.translate(snapshot);
  }

  /** The baseline: reading (and validating) the same manifests. */
  @Benchmark
  public LoadResult parse() {
    return reader.readString(manifests, "generated.yaml");
  }
}
