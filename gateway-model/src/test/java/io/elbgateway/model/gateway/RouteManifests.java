/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.ModelMappers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the route manifests under {@code manifests/routes/} and checks they survive a round trip.
 */
final class RouteManifests {

  private RouteManifests() {}

  /** The text of {@code manifests/routes/<name>}. */
  static String text(String name) {
    try (InputStream in = RouteManifests.class.getResourceAsStream("/manifests/routes/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no manifest " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a manifest into {@code type}. */
  static <T> T read(String name, Class<T> type) {
    return ModelMappers.yaml().readValue(text(name), type);
  }

  /** Writes {@code value} as YAML, reads it back, asserts equality and returns the YAML. */
  static <T> String assertRoundTrip(T value, Class<T> type) {
    String yaml = ModelMappers.yaml().writeValueAsString(value);
    T again = ModelMappers.yaml().readValue(yaml, type);
    assertThat(again).isEqualTo(value);
    String json = ModelMappers.json().writeValueAsString(value);
    assertThat(ModelMappers.json().readValue(json, type)).isEqualTo(value);
    return yaml;
  }
}
