/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import io.elbgateway.model.meta.ObjectKey;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes an {@link ObjectKey} as {@code {"Group", "Kind", "Namespace", "Name"}}, in the capitalized
 * style of the desired ELB state, and reads it back.
 */
final class ObjectKeyJson {

  private ObjectKeyJson() {}

  /** The writer. */
  static final class Serializer extends ValueSerializer<ObjectKey> {
    @Override
    public void serialize(ObjectKey key, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject();
      gen.writeStringProperty("Group", key.group());
      gen.writeStringProperty("Kind", key.kind());
      gen.writeStringProperty("Namespace", key.namespace());
      gen.writeStringProperty("Name", key.name());
      gen.writeEndObject();
    }
  }

  /** The reader; {@code Name} and {@code Kind} are required, the rest default to empty. */
  static final class Deserializer extends ValueDeserializer<ObjectKey> {
    @Override
    public ObjectKey deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return ctxt.reportInputMismatch(this, "expected an object key, found %s", p.currentToken());
      }
      String group = "";
      String kind = null;
      String namespace = "";
      String name = null;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String field = p.currentName();
        JsonToken token = p.nextToken();
        if (!token.isScalarValue()) {
          p.skipChildren();
          continue;
        }
        String value = p.getString();
        switch (field) {
          case "Group":
            group = value;
            break;
          case "Kind":
            kind = value;
            break;
          case "Namespace":
            namespace = value;
            break;
          case "Name":
            name = value;
            break;
          default:
            break;
        }
      }
      if (kind == null || name == null) {
        return ctxt.reportInputMismatch(this, "an object key needs \"Kind\" and \"Name\"");
      }
      return ObjectKey.of(group, kind, namespace, name);
    }
  }
}
