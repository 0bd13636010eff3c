/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws.wire;

import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.TimestampFormatTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Builds an SDK request object from AWS Query form parameters, driven only by the SDK's marshalling
 * metadata: the inverse of the SDK's {@code QueryProtocolMarshaller}.
 *
 * <p>Names follow the SDK's marshaller, not the model's member names: a member is written under its
 * {@code locationName()}, list elements under {@code Name.<member locationName>.N} (1-based; the name
 * is {@code ListTrait.memberFieldInfo().locationName()}, {@code member} in ELBv2, while {@code
 * ListTrait.memberLocationName()} is null throughout ELBv2), flattened lists under {@code Name.N}, maps under {@code
 * Name.entry.N.<key|value locationName>}, and an empty list as {@code Name=}. Every parameter must be
 * consumed: one the model does not know is a {@link WireFormatException}.
 */
final class QueryRequestReader {

  private static final String DEFAULT_LIST_MEMBER = "member";

  private final Map<String, List<String>> params;
  private final Set<String> unread;

  private QueryRequestReader(Map<String, List<String>> params) {
    this.params = params;
    this.unread = new LinkedHashSet<>(params.keySet());
  }

  /**
   * The request built from {@code params} (without {@code Action} and {@code Version}) into {@code
   * builder}, a fresh builder of the operation's request class.
   *
   * @throws WireFormatException if a parameter is unknown to the model or malformed
   */
  static Object read(SdkPojo builder, Map<String, List<String>> params) {
    QueryRequestReader reader = new QueryRequestReader(params);
    Object request = reader.structure(builder, "");
    if (!reader.unread.isEmpty()) {
      throw new WireFormatException("Unknown parameter(s): " + String.join(", ", reader.unread));
    }
    return request;
  }

  private Object structure(SdkPojo builder, String prefix) {
    for (SdkField<?> field : builder.sdkFields()) {
      value(field, join(prefix, field.locationName())).ifPresent(v -> field.set(builder, v));
    }
    return ((SdkBuilder<?, ?>) builder).build();
  }

  private Optional<Object> value(SdkField<?> field, String path) {
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.SDK_POJO) {
      // A structure none of whose members is set has nothing on the wire (as with the SDK's own
      // marshaller), so it reads back as absent.
      return hasChildren(path) ? Optional.of(structure(field.constructor().get(), path)) : Optional.empty();
    }
    if (type == MarshallingType.LIST) {
      return list(field.getTrait(ListTrait.class), path);
    }
    if (type == MarshallingType.MAP) {
      return map(field.getTrait(MapTrait.class), path);
    }
    return single(path).map(text -> scalar(field, path, text));
  }

  private Optional<Object> list(ListTrait trait, String path) {
    SdkField<?> member = trait.memberFieldInfo();
    String elementPrefix;
    if (trait.isFlattened()) {
      elementPrefix = path + ".";
    } else {
      // The SDK's marshaller names elements by the member field's locationName alone.
      String memberName = Optional.ofNullable(member.locationName()).orElse(DEFAULT_LIST_MEMBER);
      elementPrefix = path + "." + memberName + ".";
    }
    List<Integer> indexes = indexes(elementPrefix);
    if (indexes.isEmpty()) {
      return emptyMarker(path).map(empty -> new ArrayList<>());
    }
    List<Object> out = new ArrayList<>();
    for (int index : indexes) {
      String elementPath = elementPrefix + index;
      out.add(value(member, elementPath)
          .orElseThrow(() -> new WireFormatException("Empty list element " + elementPath)));
    }
    return Optional.of(out);
  }

  private Optional<Object> map(MapTrait trait, String path) {
    String entryPrefix = trait.isFlattened() ? path + "." : path + ".entry.";
    List<Integer> indexes = indexes(entryPrefix);
    if (indexes.isEmpty()) {
      return emptyMarker(path).map(empty -> new LinkedHashMap<>());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (int index : indexes) {
      String entry = entryPrefix + index + ".";
      String key = single(entry + trait.keyLocationName())
          .orElseThrow(() -> new WireFormatException("Map entry without key: " + entry));
      Object value = value(trait.valueFieldInfo(), entry + trait.valueLocationName())
          .orElseThrow(() -> new WireFormatException("Map entry without value: " + entry));
      out.put(key, value);
    }
    return Optional.of(out);
  }

  /** {@code Name=} with no elements: the Query protocol's empty list (or map). */
  private Optional<Boolean> emptyMarker(String path) {
    return single(path).map(text -> {
      if (!text.isEmpty()) {
        throw new WireFormatException(path + " is a list; a value was sent: " + text);
      }
      return Boolean.TRUE;
    });
  }

  /** The element indexes under {@code prefix}, which must run 1..n without a gap. */
  private List<Integer> indexes(String prefix) {
    TreeSet<Integer> found = new TreeSet<>();
    for (String name : params.keySet()) {
      if (!name.startsWith(prefix)) {
        continue;
      }
      String rest = name.substring(prefix.length());
      int dot = rest.indexOf('.');
      String number = dot < 0 ? rest : rest.substring(0, dot);
      try {
        found.add(Integer.parseInt(number));
      } catch (NumberFormatException e) {
        // Left unread, so it is reported as an unknown parameter.
      }
    }
    List<Integer> out = new ArrayList<>(found);
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i) != i + 1) {
        throw new WireFormatException("List indexes under " + prefix + " must run 1.." + out.size()
            + " (found " + out + ")");
      }
    }
    return out;
  }

  private boolean hasChildren(String path) {
    String prefix = path + ".";
    return params.keySet().stream().anyMatch(name -> name.startsWith(prefix));
  }

  private Optional<String> single(String path) {
    List<String> values = params.get(path);
    if (values == null) {
      return Optional.empty();
    }
    if (values.size() != 1) {
      throw new WireFormatException(path + " was sent " + values.size() + " times");
    }
    unread.remove(path);
    return Optional.of(values.get(0));
  }

  private static Object scalar(SdkField<?> field, String path, String text) {
    MarshallingType<?> type = field.marshallingType();
    try {
      if (type == MarshallingType.STRING) {
        // Enums travel as their wire string; the SDK's setters take the string form too.
        return text;
      }
      if (type == MarshallingType.INTEGER) {
        return Integer.valueOf(text);
      }
      if (type == MarshallingType.LONG) {
        return Long.valueOf(text);
      }
      if (type == MarshallingType.SHORT) {
        return Short.valueOf(text);
      }
      if (type == MarshallingType.BYTE) {
        return Byte.valueOf(text);
      }
      if (type == MarshallingType.DOUBLE) {
        return Double.valueOf(text);
      }
      if (type == MarshallingType.FLOAT) {
        return Float.valueOf(text);
      }
      if (type == MarshallingType.BIG_DECIMAL) {
        return new BigDecimal(text);
      }
      if (type == MarshallingType.BOOLEAN) {
        if (!text.equals("true") && !text.equals("false")) {
          throw new WireFormatException(path + " must be true or false, was " + text);
        }
        return Boolean.valueOf(text);
      }
      if (type == MarshallingType.INSTANT) {
        return Timestamps.parse(text, format(field));
      }
      if (type == MarshallingType.SDK_BYTES) {
        return SdkBytes.fromByteArray(Base64.getDecoder().decode(text));
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new WireFormatException(path + " is malformed: " + text);
    }
    throw new WireFormatException(path + " has a type the Query protocol does not carry: " + type);
  }

  /** The timestamp format of {@code field}: the Query protocol's default is ISO-8601. */
  static TimestampFormatTrait.Format format(SdkField<?> field) {
    TimestampFormatTrait trait = field.getTrait(TimestampFormatTrait.class);
    return trait == null ? TimestampFormatTrait.Format.ISO_8601 : trait.format();
  }

  private static String join(String prefix, String name) {
    return prefix.isEmpty() ? name : prefix + "." + name;
  }
}
