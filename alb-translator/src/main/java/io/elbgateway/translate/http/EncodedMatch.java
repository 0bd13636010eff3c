/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.status.Problem;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One Gateway API match (with the hostnames it serves on a listener) as ALB conditions: one
 * condition list per ALB rule it needs (several when a quota forces a split that keeps the
 * meaning), or the problem that keeps it from being expressed, and the deviations it declares.
 */
@Value.Immutable
@ModelStyle
public interface EncodedMatch {

  /** A deviation the encoding declares; the caller reports it with the route and field path. */
  record Deviation(String path, DeviationCode code, String message) {}

  /** The condition list of each ALB rule; empty when {@link #problem()} is set. */
  List<List<RuleCondition>> rules();

  /** Why the match cannot be expressed within the quotas or ALB's syntax. */
  Optional<Problem> problem();

  /** Where the ALB rules will not do exactly what the spec says; paths relative to the match. */
  List<Deviation> deviations();

  /** A builder. */
  static ImmutableEncodedMatch.Builder builder() {
    return ImmutableEncodedMatch.builder();
  }
}
