/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import io.elbgateway.sync.plan.Plan;
import io.elbgateway.translate.Translation;
import java.util.List;

/**
 * What plan and apply share: the manifests read and translated (keeping the rule priorities the
 * target applied last), the target opened, and the plans made against it.
 */
final class Planning implements AutoCloseable {

  final Manifests manifests;
  final Translation translation;
  final Target target;
  final List<Plan> plans;
  final List<String> refused;

  private Planning(Manifests manifests, Translation translation, Target target, List<Plan> plans) {
    this.manifests = manifests;
    this.translation = translation;
    this.target = target;
    this.plans = plans;
    this.refused = StatusProblems.errors(translation, manifests.loaded());
  }

  static Planning start(ManifestOptions manifestOptions, TargetOptions targetOptions, Console console) {
    Manifests manifests = manifestOptions.read();
    manifests.requireNoErrors(console);
    Translation first = manifests.translate();
    Target target = targetOptions.open(manifestOptions.clusterName, first.stacks());
    try {
      Translation translation = target.previous().isEmpty() ? first : manifests.translate(target.previous());
      return new Planning(manifests, translation, target, target.plan(translation.stacks()));
    } catch (RuntimeException e) {
      target.close();
      throw e;
    }
  }

  /** How many changes all plans hold. */
  int changeCount() {
    return plans.stream().mapToInt(p -> p.changes().size()).sum();
  }

  @Override
  public void close() {
    target.close();
  }
}
