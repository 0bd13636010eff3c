/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.status;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The status of any route kind: one entry per parent and controller.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRouteStatus.class)
@JsonDeserialize(as = ImmutableRouteStatus.class)
public interface RouteStatus {

  List<RouteParentStatus> parents();

  /** A builder. */
  static ImmutableRouteStatus.Builder builder() {
    return ImmutableRouteStatus.builder();
  }
}
