/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import io.elbgateway.model.codec.ModelMappers;

/** Round-trips core values through YAML and JSON. */
final class CoreManifests {

  private CoreManifests() {}

  /** Writes {@code value} as YAML and reads it back. */
  static <T> T yamlRoundTrip(T value, Class<T> type) {
    return ModelMappers.yaml().readValue(ModelMappers.yaml().writeValueAsString(value), type);
  }

  /** Writes {@code value} as JSON and reads it back. */
  static <T> T jsonRoundTrip(T value, Class<T> type) {
    return ModelMappers.json().readValue(ModelMappers.json().writeValueAsString(value), type);
  }
}
