/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.translate.AlbQuotas;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.status.Problem;
import io.elbgateway.translate.status.Reasons;
import java.util.ArrayList;
import java.util.List;

/**
 * The conditions, deviations and first problem gathered while one match is encoded; {@link
 * #finish} adds the extra conditions and lays the result out in ALB rules within the quotas.
 */
final class MatchEncoding {

  private final List<RuleCondition> conditions = new ArrayList<>();
  private final List<EncodedMatch.Deviation> deviations = new ArrayList<>();
  private Problem problem;

  /** Adds a condition that every rule of the match carries. */
  void add(RuleCondition condition) {
    conditions.add(condition);
  }

  /** Declares a deviation (once per path and code). */
  void deviation(String path, DeviationCode code, String message) {
    boolean known = deviations.stream().anyMatch(d -> d.path().equals(path) && d.code() == code);
    if (!known) {
      deviations.add(new EncodedMatch.Deviation(path, code, message));
    }
  }

  /**
   * The match cannot be expressed: {@code path} is the field relative to the match (empty for the
   * match as a whole). The first problem is kept.
   */
  void fail(String path, String text) {
    if (problem == null) {
      problem = Problem.of(Reasons.UNSUPPORTED_VALUE, path + ": " + text);
    }
  }

  boolean failed() {
    return problem != null;
  }

  /** The encoded match: the extra conditions ANDed, split into rules within the quotas. */
  EncodedMatch finish(List<RuleCondition> extra, AlbQuotas quotas) {
    if (problem != null) {
      return EncodedMatch.builder().problem(problem).build();
    }
    List<RuleCondition> all = new ArrayList<>(conditions);
    all.addAll(extra);
    ConditionBudget.Layout layout = ConditionBudget.layOut(all, quotas);
    if (layout.problem().isPresent()) {
      return EncodedMatch.builder()
          .problem(Problem.of(Reasons.UNSUPPORTED_VALUE, ": " + layout.problem().get()))
          .build();
    }
    return EncodedMatch.builder().rules(layout.rules()).deviations(deviations).build();
  }
}
