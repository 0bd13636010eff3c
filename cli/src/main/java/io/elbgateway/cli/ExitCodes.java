/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

/** The exit codes of every {@code elbgateway} command. */
public final class ExitCodes {

  /** Done; nothing invalid. */
  public static final int OK = 0;

  /** The manifests (or the state file, or an answer) are invalid; the report says where. */
  public static final int INVALID_INPUT = 1;

  /** The command was called wrongly: an unknown option, a missing argument. */
  public static final int USAGE = 2;

  /** AWS or the cluster refused or failed: no credentials, no Region, a call that failed. */
  public static final int AWS_OR_CLUSTER_ERROR = 3;

  private ExitCodes() {}
}
