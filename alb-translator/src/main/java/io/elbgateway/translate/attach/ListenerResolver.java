/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import io.elbgateway.translate.GatewayContext;
import java.util.List;

/** STUB (helper replaces): resolves and validates a Gateway's listeners. */
public final class ListenerResolver {
  private ListenerResolver() {}

  /** The Gateway's listeners, then its ListenerSets' entries, each validated; statuses recorded. */
  public static List<ResolvedListener> resolve(GatewayContext context) {
    return List.of();
  }
}
