/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.ModelMappers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test manifests under {@code src/test/resources/manifests/}, read and round-tripped. */
public final class TestManifests {

  private TestManifests() {}

  /** The text of {@code manifests/<path>}, e.g. {@code routes/httproute-seed.yaml}. */
  public static String text(String path) {
    try (InputStream in = TestManifests.class.getResourceAsStream("/manifests/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test manifest " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code manifests/<path>} into {@code type}. */
  public static <T> T read(String path, Class<T> type) {
    return ModelMappers.yaml().readValue(text(path), type);
  }

  /**
   * Writes {@code value} as YAML and as JSON, reads each back, asserts both equal the value, and
   * returns the YAML.
   */
  public static <T> String assertRoundTrip(T value, Class<T> type) {
    String yaml = ModelMappers.yaml().writeValueAsString(value);
    assertThat(ModelMappers.yaml().readValue(yaml, type)).isEqualTo(value);
    String json = ModelMappers.json().writeValueAsString(value);
    assertThat(ModelMappers.json().readValue(json, type)).isEqualTo(value);
    return yaml;
  }
}
