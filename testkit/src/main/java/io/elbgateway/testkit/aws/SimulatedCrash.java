/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

/**
 * Thrown by an in-memory AWS client to simulate the death of the process that called it. It is an
 * {@link Error}, not an exception, so that an engine's {@code catch (Exception e)} does not swallow
 * it: the test catches it, throws the engine away and starts a new one on the same in-memory AWS,
 * as a restarted controller would.
 */
public final class SimulatedCrash extends Error {

  private static final long serialVersionUID = 1L;

  private final String operation;

  /** A crash during {@code operation}; {@code tookEffect} says whether the call was applied. */
  public SimulatedCrash(String operation, boolean tookEffect) {
    super(
        "simulated crash during "
            + operation
            + (tookEffect ? " (the call took effect)" : " (the call did not take effect)"));
    this.operation = operation;
  }

  /** The operation that was running when the process "died". */
  public String operation() {
    return operation;
  }
}
