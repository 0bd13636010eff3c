/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.validation.FieldPath;
import java.lang.reflect.Field;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns the exception of a failed decode into field problems in the terms of the schema:
 * {@code .spec.color: required value}, {@code .spec.size: unsupported value "Huge": supported
 * values: "Small", "Large"}, {@code .spec.count: must be an integer, not a string}.
 */
final class DecodeErrors {

  /** One field that failed to decode. */
  static final class FieldError {
    final FieldPath path;
    final String message;

    FieldError(FieldPath path, String message) {
      this.path = path;
      this.message = message;
    }
  }

  // Immutables' builder: "Cannot build Widget, some of required attributes are not set [name, spec]"
  private static final Pattern MISSING =
      Pattern.compile("Cannot build \\S+, some of required attributes are not set \\[(.*)]");

  private DecodeErrors() {}

  /** The field problems that {@code failure}, thrown decoding {@code tree}, stands for. */
  static List<FieldError> explain(RuntimeException failure, JsonNode tree) {
    FieldPath path = failure instanceof JacksonException ? path((JacksonException) failure) : FieldPath.root();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      Matcher missing = cause.getMessage() == null ? null : MISSING.matcher(cause.getMessage());
      if (cause instanceof IllegalStateException && missing != null && missing.find()) {
        List<FieldError> errors = new ArrayList<>();
        for (String attribute : missing.group(1).split(",")) {
          errors.add(new FieldError(path.field(attribute.strip()), "required value"));
        }
        return errors;
      }
      if (cause instanceof NullPointerException) {
        return List.of(new FieldError(path, "must not be null"));
      }
    }
    if (failure instanceof InvalidFormatException
        && ((InvalidFormatException) failure).getTargetType() != null
        && ((InvalidFormatException) failure).getTargetType().isEnum()) {
      InvalidFormatException invalid = (InvalidFormatException) failure;
      return List.of(
          new FieldError(
              path,
              "unsupported value \""
                  + invalid.getValue()
                  + "\": supported values: "
                  + wireValues(invalid.getTargetType())));
    }
    if (failure instanceof MismatchedInputException
        && ((MismatchedInputException) failure).getTargetType() != null) {
      Class<?> target = ((MismatchedInputException) failure).getTargetType();
      return List.of(
          new FieldError(path, "must be " + describe(target) + ", not " + describe(at(tree, path))));
    }
    String message =
        failure instanceof JacksonException
            ? ((JacksonException) failure).getOriginalMessage()
            : String.valueOf(failure.getMessage());
    return List.of(new FieldError(path, firstLine(message)));
  }

  /** The field path of a Jackson exception's reference chain. */
  static FieldPath path(JacksonException failure) {
    FieldPath path = FieldPath.root();
    for (JacksonException.Reference reference : failure.getPath()) {
      if (reference.getPropertyName() != null) {
        path = path.field(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path = path.index(reference.getIndex());
      }
    }
    return path;
  }

  static String firstLine(String message) {
    if (message == null) {
      return "cannot be read";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }

  private static String wireValues(Class<?> enumType) {
    List<String> values = new ArrayList<>();
    for (Field field : enumType.getFields()) {
      if (field.isEnumConstant()) {
        JsonProperty property = field.getAnnotation(JsonProperty.class);
        values.add(property != null ? property.value() : field.getName());
      }
    }
    return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
  }

  private static String describe(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class || type == java.math.BigInteger.class) {
      return "an integer";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "a boolean";
    }
    if (type == String.class || type == Character.class || type == char.class) {
      return "a string";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "a timestamp";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "a map";
    }
    return "an object";
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "missing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isBoolean()) {
      return "a boolean (" + node.asString() + ")";
    }
    if (node.isNumber()) {
      return "a number (" + node.asString() + ")";
    }
    return "a string (\"" + node.asString() + "\")";
  }

  private static JsonNode at(JsonNode tree, FieldPath path) {
    JsonNode node = tree;
    for (Object segment : path.segments()) {
      if (node == null) {
        return null;
      }
      node = segment instanceof Integer ? node.get((Integer) segment) : node.get((String) segment);
    }
    return node;
  }
}
