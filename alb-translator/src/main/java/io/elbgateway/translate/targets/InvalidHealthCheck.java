/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

/**
 * A {@code healthCheckConfig} value ELB would reject. It never leaves this package: the health
 * check builders turn it into the problem they return, which becomes a status condition.
 */
final class InvalidHealthCheck extends Exception {

  private static final long serialVersionUID = 1L;

  InvalidHealthCheck(String message) {
    super(message, null, false, false);
  }
}
