/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Gateway API {@code GRPCMethodMatch}: matches the gRPC service and/or method; at least one is set.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGRPCMethodMatch.class)
@JsonDeserialize(as = ImmutableGRPCMethodMatch.class)
public interface GRPCMethodMatch {

  @Value.Default
  default GRPCMethodMatchType type() {
    return GRPCMethodMatchType.EXACT;
  }

  /** The fully qualified service, e.g. {@code foo.bar.Greeter}; absent matches every service. */
  Optional<String> service();

  /** The method name, e.g. {@code SayHello}; absent matches every method. */
  Optional<String> method();

  /** A builder. */
  static ImmutableGRPCMethodMatch.Builder builder() {
    return ImmutableGRPCMethodMatch.builder();
  }
}
