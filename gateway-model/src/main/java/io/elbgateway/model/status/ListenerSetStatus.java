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
 * The status of a ListenerSet: its conditions and per-entry statuses.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableListenerSetStatus.class)
@JsonDeserialize(as = ImmutableListenerSetStatus.class)
public interface ListenerSetStatus {

  List<Condition> conditions();

  List<ListenerStatus> listeners();

  /** A builder. */
  static ImmutableListenerSetStatus.Builder builder() {
    return ImmutableListenerSetStatus.builder();
  }
}
