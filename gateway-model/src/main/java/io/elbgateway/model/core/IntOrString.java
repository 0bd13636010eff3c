/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Kubernetes {@code IntOrString}: a field that holds either a number or a string, such as a Service
 * port's {@code targetPort} ({@code 8080} or the container port name {@code http}). Written back in
 * the form it was read in: a JSON number for an int, a JSON string for a string.
 *
 * <p>One caveat: the YAML writer leaves out quotes it can, so a string of digits only (which no
 * valid named port is; a port name needs a letter) is read back from written YAML as a number.
 */
@JsonSerialize(using = IntOrString.Serializer.class)
@JsonDeserialize(using = IntOrString.Deserializer.class)
public final class IntOrString {

  private final Integer intValue;
  private final String stringValue;

  private IntOrString(Integer intValue, String stringValue) {
    this.intValue = intValue;
    this.stringValue = stringValue;
  }

  /** The number form. */
  public static IntOrString of(int value) {
    return new IntOrString(value, null);
  }

  /** The string form. */
  public static IntOrString of(String value) {
    return new IntOrString(null, Objects.requireNonNull(value, "value"));
  }

  /** Whether this holds a number. */
  public boolean isInt() {
    return intValue != null;
  }

  /** The number, when this holds one. */
  public Optional<Integer> intValue() {
    return Optional.ofNullable(intValue);
  }

  /** The string, when this holds one. */
  public Optional<String> stringValue() {
    return Optional.ofNullable(stringValue);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IntOrString
        && Objects.equals(((IntOrString) other).intValue, intValue)
        && Objects.equals(((IntOrString) other).stringValue, stringValue);
  }

  @Override
  public int hashCode() {
    return isInt() ? intValue.hashCode() : stringValue.hashCode() * 31 + 1;
  }

  /** The value as written in a manifest: {@code 8080} or {@code http}. */
  @Override
  public String toString() {
    return isInt() ? intValue.toString() : stringValue;
  }

  /** Writes a number as a JSON number and a string as a JSON string. */
  static final class Serializer extends ValueSerializer<IntOrString> {
    @Override
    public void serialize(IntOrString value, JsonGenerator gen, SerializationContext ctxt) {
      if (value.isInt()) {
        gen.writeNumber(value.intValue);
      } else {
        gen.writeString(value.stringValue);
      }
    }
  }

  /** Reads a JSON integer or a JSON string; anything else is an input mismatch. */
  static final class Deserializer extends ValueDeserializer<IntOrString> {
    @Override
    public IntOrString deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT) {
        return of(p.getIntValue());
      }
      if (token == JsonToken.VALUE_STRING) {
        return of(p.getString());
      }
      return ctxt.reportInputMismatch(this, "expected an integer or a string, found %s", token);
    }
  }
}
