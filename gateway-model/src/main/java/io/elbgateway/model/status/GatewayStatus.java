/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.status;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The status of a Gateway: its addresses, conditions and per-listener statuses.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGatewayStatus.class)
@JsonDeserialize(as = ImmutableGatewayStatus.class)
public interface GatewayStatus {

  List<GatewayStatusAddress> addresses();

  List<Condition> conditions();

  List<ListenerStatus> listeners();

  /** Experimental: how many ListenerSets attached to this Gateway. */
  Optional<Integer> attachedListenerSets();

  /** A builder. */
  static ImmutableGatewayStatus.Builder builder() {
    return ImmutableGatewayStatus.builder();
  }
}
