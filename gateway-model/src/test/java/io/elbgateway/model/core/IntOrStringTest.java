/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elbgateway.model.codec.ModelMappers;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class IntOrStringTest {

  @Test
  void readsAndWritesANumberAsANumber() {
    IntOrString value = ModelMappers.json().readValue("8080", IntOrString.class);
    assertThat(value.isInt()).isTrue();
    assertThat(value.intValue()).contains(8080);
    assertThat(value.stringValue()).isEmpty();
    assertThat(ModelMappers.json().writeValueAsString(value)).isEqualTo("8080");
  }

  @Test
  void readsAndWritesAStringAsAString() {
    IntOrString value = ModelMappers.json().readValue("\"http\"", IntOrString.class);
    assertThat(value.isInt()).isFalse();
    assertThat(value.stringValue()).contains("http");
    assertThat(ModelMappers.json().writeValueAsString(value)).isEqualTo("\"http\"");
  }

  @Test
  void aNumberAndItsDigitsAsStringDiffer() {
    assertThat(IntOrString.of(80)).isNotEqualTo(IntOrString.of("80"));
    assertThat(IntOrString.of(80))
        .isEqualTo(IntOrString.of(80))
        .hasSameHashCodeAs(IntOrString.of(80));
    assertThat(IntOrString.of(80)).hasToString("80");
    assertThat(IntOrString.of("http")).hasToString("http");
  }

  @Test
  void rejectsOtherJsonTypes() {
    assertThatThrownBy(() -> ModelMappers.json().readValue("true", IntOrString.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("expected an integer or a string");
    assertThatThrownBy(() -> ModelMappers.json().readValue("{\"a\":1}", IntOrString.class))
        .isInstanceOf(JacksonException.class);
  }
}
