/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** One port a Service exposes ({@code spec.ports[]}). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableServicePort.class)
@JsonDeserialize(as = ImmutableServicePort.class)
public interface ServicePort {

  /** The port's name; required (a DNS label, unique) when the Service has more than one port. */
  Optional<String> name();

  @Value.Default
  default PortProtocol protocol() {
    return PortProtocol.TCP;
  }

  /** The port the Service listens on. */
  int port();

  /**
   * The port on the pods: a number, or the name of a container port. Absent means the same number
   * as {@link #port()} (see {@link #effectiveTargetPort()}).
   */
  Optional<IntOrString> targetPort();

  /** The port on every node, for {@code NodePort} and {@code LoadBalancer} Services. */
  Optional<Integer> nodePort();

  /** The application protocol, e.g. {@code kubernetes.io/h2c} or {@code http}. */
  Optional<String> appProtocol();

  /** {@link #targetPort()}, or {@link #port()} when it is absent, as the API server defaults it. */
  default IntOrString effectiveTargetPort() {
    return targetPort().orElseGet(() -> IntOrString.of(port()));
  }

  /** A builder. */
  static ImmutableServicePort.Builder builder() {
    return ImmutableServicePort.builder();
  }
}
