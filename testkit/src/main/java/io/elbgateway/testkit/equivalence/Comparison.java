/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.equivalence;

import io.elbgateway.testkit.alb.AlbOutcome;
import io.elbgateway.testkit.alb.HttpRequest;
import io.elbgateway.testkit.spec.SpecOutcome;
import java.util.Objects;

/**
 * The comparison of one request: what the spec requires, what the ALB does, the verdict and why.
 *
 * @param request the request as the client sent it
 * @param expected the outcome the reference router gives
 * @param actual the outcome the ALB evaluator gives on the Gateway's stack
 *     ({@code ConnectionRefused} when the Gateway has no stack)
 * @param verdict equal, explained or mismatch
 * @param explanation for {@link Verdict#EXPLAINED}, the evidence (the deviation or status); for
 *     {@link Verdict#MISMATCH}, the difference; empty for {@link Verdict#EQUAL}
 */
public record Comparison(
    HttpRequest request, SpecOutcome expected, AlbOutcome actual, Verdict verdict, String explanation) {

  /** A comparison; no argument may be null. */
  public Comparison {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(explanation, "explanation");
  }

  /** True unless the verdict is {@link Verdict#MISMATCH}. */
  public boolean acceptable() {
    return verdict != Verdict.MISMATCH;
  }

  /** A few lines for a failure message: the request, both outcomes and the explanation. */
  public String describe() {
    return verdict
        + ": "
        + explanation
        + "\n  request:  "
        + request.method()
        + " "
        + request.scheme()
        + "://"
        + request.host()
        + " (port "
        + request.listenerPort()
        + ") "
        + request.pathAndQuery()
        + (request.headers().isEmpty() ? "" : " headers " + request.headers())
        + "\n  spec:     "
        + expected
        + "\n  alb:      "
        + actual;
  }
}
