/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a {@code Map<String, String>} as the ELBv2 API writes tags and attributes, a list of
 * {@code {"Key": ..., "Value": ...}} objects sorted by key, and reads that list back. Used for
 * every {@code Tags} and {@code Attributes} field of the desired ELB state.
 */
final class KeyValueListJson {

  private static final String KEY = "Key";
  private static final String VALUE = "Value";

  private KeyValueListJson() {}

  /** The writer: a list of {@code Key}/{@code Value} objects in key order. */
  static final class Serializer extends ValueSerializer<Map<String, String>> {

    @Override
    public void serialize(Map<String, String> map, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartArray();
      for (Map.Entry<String, String> entry : new TreeMap<>(map).entrySet()) {
        gen.writeStartObject();
        gen.writeStringProperty(KEY, entry.getKey());
        gen.writeStringProperty(VALUE, entry.getValue());
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }

    @Override
    public boolean isEmpty(SerializationContext ctxt, Map<String, String> map) {
      return map == null || map.isEmpty();
    }
  }

  /** The reader: a list of {@code Key}/{@code Value} objects; a later repeat of a key wins. */
  static final class Deserializer extends ValueDeserializer<Map<String, String>> {

    @Override
    public Map<String, String> deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        return ctxt.reportInputMismatch(
            this,
            "expected a list of {\"Key\": ..., \"Value\": ...} objects, found %s",
            p.currentToken());
      }
      Map<String, String> map = new LinkedHashMap<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
          return ctxt.reportInputMismatch(
              this, "expected a {\"Key\": ..., \"Value\": ...} object, found %s", p.currentToken());
        }
        String key = null;
        String value = "";
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          JsonToken token = p.nextToken();
          if (KEY.equals(name) && token.isScalarValue()) {
            key = p.getString();
          } else if (VALUE.equals(name) && token.isScalarValue()) {
            value = token == JsonToken.VALUE_NULL ? "" : p.getString();
          } else {
            p.skipChildren();
          }
        }
        if (key == null) {
          return ctxt.reportInputMismatch(
              this, "a {\"Key\": ..., \"Value\": ...} object lacks \"Key\"");
        }
        map.put(key, value);
      }
      return map;
    }

    @Override
    public Object getEmptyValue(DeserializationContext ctxt) {
      return new LinkedHashMap<String, String>();
    }
  }
}
