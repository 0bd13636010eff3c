/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.elbgateway.model.codec.ModelMappers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads test manifests under {@code manifests/core/} and round-trips values through YAML. */
final class CoreManifests {

  private CoreManifests() {}

  static String text(String name) {
    try (InputStream in = CoreManifests.class.getResourceAsStream("/manifests/core/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test manifest " + name);
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T read(String name, Class<T> type) {
    return ModelMappers.yaml().readValue(text(name), type);
  }

  /** Writes {@code value} as YAML and reads it back. */
  static <T> T yamlRoundTrip(T value, Class<T> type) {
    return ModelMappers.yaml().readValue(ModelMappers.yaml().writeValueAsString(value), type);
  }

  /** Writes {@code value} as JSON and reads it back. */
  static <T> T jsonRoundTrip(T value, Class<T> type) {
    return ModelMappers.json().readValue(ModelMappers.json().writeValueAsString(value), type);
  }
}
