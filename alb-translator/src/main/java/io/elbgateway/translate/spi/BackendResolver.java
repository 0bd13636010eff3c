/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.spi;

import io.elbgateway.model.gateway.BackendRef;

/**
 * Resolves the backendRefs of one group and kind into target groups (the built-in one resolves
 * core Services). A backendRef of a kind no resolver claims is invalid ({@code InvalidKind}).
 */
public interface BackendResolver {

  /** The API group of the backends this resolver handles ({@code ""} for the core group). */
  String group();

  /** The kind of the backends this resolver handles. */
  String kind();

  /**
   * The target group that serves {@code ref}, added to the context's registry, or the problem that
   * keeps it from being served; {@code path} is the backendRef's field path.
   */
  BackendResolution resolve(BackendRef ref, String path, BackendContext context);
}
