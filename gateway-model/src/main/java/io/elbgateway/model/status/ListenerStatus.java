/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.status;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.RouteGroupKind;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The status of one Gateway listener (or ListenerSet entry), keyed by name.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableListenerStatus.class)
@JsonDeserialize(as = ImmutableListenerStatus.class)
public interface ListenerStatus {

  String name();

  /** For ListenerSet entries: the port the entry was given. */
  Optional<Integer> port();

  /** The route kinds this listener accepts, after dropping those it cannot serve. */
  List<RouteGroupKind> supportedKinds();

  /** How many routes attached successfully. */
  int attachedRoutes();

  List<Condition> conditions();

  /** A builder. */
  static ImmutableListenerStatus.Builder builder() {
    return ImmutableListenerStatus.builder();
  }
}
