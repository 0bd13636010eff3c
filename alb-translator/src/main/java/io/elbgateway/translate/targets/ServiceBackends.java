/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import io.elbgateway.model.gateway.BackendRef;
import io.elbgateway.translate.spi.BackendContext;
import io.elbgateway.translate.spi.BackendResolution;
import io.elbgateway.translate.spi.BackendResolver;
import io.elbgateway.translate.status.Reasons;

/** STUB (helper replaces): resolves core Service backends into target groups. */
public final class ServiceBackends implements BackendResolver {
  @Override
  public String group() {
    return "";
  }

  @Override
  public String kind() {
    return "Service";
  }

  @Override
  public BackendResolution resolve(BackendRef ref, String path, BackendContext context) {
    return BackendResolution.invalid(Reasons.BACKEND_NOT_FOUND, path);
  }
}
