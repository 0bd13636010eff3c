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

/** Reads the test manifests under {@code manifests/gateway/} and checks round trips. */
public final class GatewayManifests {

  private GatewayManifests() {}

  /** Reads {@code manifests/gateway/<name>} as a {@code type}. */
  public static <T> T read(String name, Class<T> type) {
    try (InputStream in = GatewayManifests.class.getResourceAsStream("/manifests/gateway/" + name)) {
      assertThat(in).as("test manifest %s", name).isNotNull();
      return ModelMappers.yaml().readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code value} as YAML, reads it back, asserts it is equal, and returns the YAML. */
  public static <T> String assertRoundTrip(T value, Class<T> type) {
    String yaml = ModelMappers.yaml().writeValueAsString(value);
    T again = ModelMappers.yaml().readValue(yaml, type);
    assertThat(again).isEqualTo(value);
    return yaml;
  }
}
