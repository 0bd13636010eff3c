/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.ModelMappers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the test manifests under {@code manifests/aws/} and checks round trips. */
final class Manifests {

  private Manifests() {}

  static String text(String name) {
    try (InputStream in = Manifests.class.getResourceAsStream("/manifests/aws/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test manifest " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T read(String name, Class<T> type) {
    return ModelMappers.yaml().readValue(text(name), type);
  }

  /** Writes {@code value} as YAML, reads it back, asserts equality, and returns the YAML. */
  static <T> String assertRoundTrip(T value, Class<T> type) {
    String yaml = ModelMappers.yaml().writeValueAsString(value);
    T again = ModelMappers.yaml().readValue(yaml, type);
    assertThat(again).isEqualTo(value);
    String json = ModelMappers.json().writeValueAsString(value);
    assertThat(ModelMappers.json().readValue(json, type)).isEqualTo(value);
    return yaml;
  }
}
