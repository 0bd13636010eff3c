/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.plan;

/** The name elbgateway gives the Shield protections it creates, by which it knows them again. */
public final class ShieldNames {

  /** The protection name. */
  public static final String OURS = "managed by elbgateway";

  private ShieldNames() {}
}
