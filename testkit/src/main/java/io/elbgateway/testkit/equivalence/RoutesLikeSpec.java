/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.equivalence;

import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.testkit.alb.HttpRequest;
import io.elbgateway.testkit.gen.Requests;
import io.elbgateway.testkit.gen.Scenario;
import io.elbgateway.testkit.property.Gen;
import io.elbgateway.testkit.spec.SpecOptions;
import io.elbgateway.translate.Translation;
import io.elbgateway.translate.Translator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One-line assertions that a configuration routes on ALB as the Gateway API spec says.
 *
 * <pre>{@code
 * ClusterSnapshot snapshot = ClusterSnapshot.of(ManifestReader.of(KindRegistry.standard())
 *     .readString(Files.readString(Path.of("k8s/gateway.yaml")), "gateway.yaml").objects());
 * RoutesLikeSpec.assertRoutesLikeSpec(snapshot);
 * }</pre>
 *
 * <p>Every Gateway the translator translates is checked with requests aimed at each match of its
 * routes, plus requests from {@link Requests#against}. Each request is compared by {@link
 * OutcomeComparison}; a {@link Verdict#MISMATCH} fails the assertion, which lists every mismatch
 * (up to {@value #MAX_LISTED}) with the request, both outcomes and why.
 */
public final class RoutesLikeSpec {

  /** Mismatches listed in full in an assertion message. */
  public static final int MAX_LISTED = 10;

  /** Random requests per Gateway in {@link #assertRoutesLikeSpec(ClusterSnapshot)}. */
  public static final int DEFAULT_TRIES = 200;

  private RoutesLikeSpec() {}

  /** Checks {@code snapshot} with the default translator, the default request generator and a fixed seed. */
  public static void assertRoutesLikeSpec(ClusterSnapshot snapshot) {
    assertRoutesLikeSpec(snapshot, Translator.withDefaults(), Requests::against, DEFAULT_TRIES);
  }

  /**
   * Checks {@code snapshot} with {@code translator}, and {@code tries} requests per Gateway drawn
   * (with a fixed seed) from {@code requests}, besides the requests aimed at each route match.
   */
  public static void assertRoutesLikeSpec(
      ClusterSnapshot snapshot,
      Translator translator,
      Function<Scenario, Gen<HttpRequest>> requests,
      int tries) {
    List<Comparison> mismatches = compare(snapshot, translator, requests, tries);
    if (!mismatches.isEmpty()) {
      StringBuilder message =
          new StringBuilder(mismatches.size() + " request(s) routed unlike the Gateway API spec:");
      mismatches.stream().limit(MAX_LISTED).forEach(c -> message.append("\n- ").append(c.describe()));
      if (mismatches.size() > MAX_LISTED) {
        message.append("\n... and ").append(mismatches.size() - MAX_LISTED).append(" more");
      }
      throw new AssertionError(message.toString());
    }
  }

  /** The mismatches {@link #assertRoutesLikeSpec(ClusterSnapshot, Translator, Function, int)} would report. */
  public static List<Comparison> compare(
      ClusterSnapshot snapshot,
      Translator translator,
      Function<Scenario, Gen<HttpRequest>> requests,
      int tries) {
    Translation translation = translator.translate(snapshot);
    List<Comparison> mismatches = new ArrayList<>();
    for (Gateway gateway : snapshot.all(Gateway.class)) {
      boolean ours =
          snapshot.gatewayClass(gateway.spec().gatewayClassName())
              .map(c -> translator.options().controllerNames().contains(c.spec().controllerName()))
              .orElse(false);
      if (!ours) {
        continue;
      }
      OutcomeComparison comparison =
          OutcomeComparison.of(translation, snapshot, gateway.key(), SpecOptions.defaults());
      Set<HttpRequest> all = new LinkedHashSet<>(ProbeRequests.of(snapshot, gateway));
      Scenario scenario = new Scenario(List.copyOf(snapshot.objects()), gateway.key());
      all.addAll(requests.apply(scenario).samples(0L, tries));
      for (HttpRequest request : all) {
        Comparison result = comparison.compare(request);
        if (!result.acceptable()) {
          mismatches.add(result);
        }
      }
    }
    return mismatches;
  }
}
