/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;

/** One valid backend Service port of a forward, with its weight and share of the traffic. */
@Value.Immutable
@ModelStyle
public interface BackendShare {

  /** The Service's namespace. */
  @Value.Parameter
  String namespace();

  /** The Service's name. */
  @Value.Parameter
  String name();

  /** The Service port (not the targetPort). */
  @Value.Parameter
  int port();

  /** The weight as written (default 1). */
  @Value.Parameter
  int weight();

  /** weight / sum of the weights of every backend of the rule, valid or not (§6.5). */
  @Value.Parameter
  double share();

  /** A backend share. */
  static BackendShare of(String namespace, String name, int port, int weight, double share) {
    return ImmutableBackendShare.of(namespace, name, port, weight, share);
  }
}
