/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.benchmarks;

import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.ManifestReader;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.RuleCount;
import io.elbgateway.translate.Translation;
import io.elbgateway.translate.Translator;
import java.io.PrintStream;

/**
 * Prints, for generated clusters, how many ALB rules the translation emits next to how many the AWS
 * Load Balancer Controller would emit for the same routes, and how many route rules could not be
 * programmed because an ALB ran out of its 100-rule quota. Arguments: {@code routes[:gateways]}
 * (default 100, 1000, 10000, with the benchmark's Gateway counts).
 */
public final class RuleCounts {

  private RuleCounts() {}

  public static void main(String[] args) {
    String[] sizes = args.length == 0 ? new String[] {"100", "1000", "10000"} : args;
    PrintStream out = System.out;
    out.println("routes  gateways  rules  lbc-rules  ratio  routes-with-dropped-rules");
    for (String size : sizes) {
      String[] parts = size.split(":");
      int routes = Integer.parseInt(parts[0]);
      int gateways = parts.length > 1 ? Integer.parseInt(parts[1]) : ClusterGenerator.gatewaysFor(routes);
      String manifests = ClusterGenerator.generate(routes, gateways, 42);
      ClusterSnapshot snapshot =
          ClusterSnapshot.of(ManifestReader.of(KindRegistry.standard()).readString(manifests, "g.yaml").objects());
      Translation translation = Translator.withDefaults().translate(snapshot);
      long rules = translation.ruleCounts().values().stream().mapToLong(RuleCount::rules).sum();
      long lbc = translation.ruleCounts().values().stream().mapToLong(RuleCount::lbcRules).sum();
      long dropped =
          translation.routeStatuses().values().stream()
              .filter(status -> status.parents().stream()
                  .flatMap(p -> p.conditions().stream())
                  .anyMatch(c -> c.type().equals("PartiallyInvalid") || c.status().toString().equals("False")))
              .count();
      out.printf("%6d  %8d  %5d  %9d  %.2f  %d%n", routes, gateways, rules, lbc, rules / (double) lbc, dropped);
    }
  }
}
