/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import io.elbgateway.model.meta.ObjectKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A cursor over one object that validators use to report {@link Violation}s: it knows the object
 * and the field it stands at, and offers the checks the API server's OpenAPI schema makes (item
 * counts, lengths, patterns, ranges, uniqueness). {@code at(...)} moves into a field; every check
 * takes the name of the field it looks at, so the report names it.
 *
 * <p>Every check returns whether it passed, so a validator can skip checks that depend on it.
 */
public final class Checks {

  private final ObjectKey object;
  private final FieldPath path;
  private final List<Violation> sink;

  private Checks(ObjectKey object, FieldPath path, List<Violation> sink) {
    this.object = object;
    this.path = path;
    this.sink = sink;
  }

  /** A cursor at the root of {@code object}, collecting into a new list. */
  public static Checks forObject(ObjectKey object) {
    return new Checks(object, FieldPath.root(), new ArrayList<>());
  }

  /** Everything reported through this cursor and every cursor derived from it. */
  public List<Violation> violations() {
    return List.copyOf(sink);
  }

  /** The path this cursor stands at. */
  public FieldPath path() {
    return path;
  }

  /** The object this cursor reports on. */
  public ObjectKey object() {
    return object;
  }

  /** A cursor at a field below this one. */
  public Checks at(String field) {
    return new Checks(object, path.field(field), sink);
  }

  /** A cursor at one item of a list field below this one. */
  public Checks at(String field, int index) {
    return new Checks(object, path.field(field, index), sink);
  }

  /** Reports an error at this cursor's field. */
  public void error(String message) {
    sink.add(Violation.error(object, path, message));
  }

  /** Reports a warning at this cursor's field. */
  public void warning(String message) {
    sink.add(Violation.warning(object, path, message));
  }

  /** Reports {@code message} at this cursor's field unless {@code condition} holds. */
  public boolean require(boolean condition, String message) {
    if (!condition) {
      error(message);
    }
    return condition;
  }

  /** Runs {@code check} on each item of a list field, with a cursor at that item. */
  public <T> void each(String field, List<T> items, BiConsumer<Checks, T> check) {
    for (int i = 0; i < items.size(); i++) {
      check.accept(at(field, i), items.get(i));
    }
  }

  /** Runs {@code check} on an optional field when it is present, with a cursor at it. */
  public <T> void ifPresent(String field, Optional<T> value, BiConsumer<Checks, T> check) {
    value.ifPresent(v -> check.accept(at(field), v));
  }

  /** A required field that the model keeps optional must be present. */
  public boolean present(String field, Optional<?> value) {
    return at(field).require(value.isPresent(), "required value");
  }

  /** A list or map field has at least {@code min} and at most {@code max} items. */
  public boolean items(String field, Collection<?> items, int min, int max) {
    return itemCount(field, items.size(), min, max);
  }

  /** A map field has at least {@code min} and at most {@code max} entries. */
  public boolean items(String field, Map<?, ?> items, int min, int max) {
    return itemCount(field, items.size(), min, max);
  }

  private boolean itemCount(String field, int size, int min, int max) {
    if (size < min) {
      at(field).error(min == 1 ? "must have at least 1 item" : "must have at least " + min + " items");
      return false;
    }
    if (size > max) {
      at(field).error("must have at most " + max + " items (has " + size + ")");
      return false;
    }
    return true;
  }

  /** A string field is between {@code min} and {@code max} characters long. */
  public boolean length(String field, String value, int min, int max) {
    return at(field).length(value, min, max);
  }

  /** The string at this cursor is between {@code min} and {@code max} characters long. */
  public boolean length(String value, int min, int max) {
    if (value.length() < min) {
      error(min == 1 ? "must not be empty" : "must have at least " + min + " characters");
      return false;
    }
    if (value.length() > max) {
      error("must have at most " + max + " characters (has " + value.length() + ")");
      return false;
    }
    return true;
  }

  /** A string field has the given {@link Format} (length and pattern). */
  public boolean format(String field, String value, Format format) {
    return at(field).format(value, format);
  }

  /** The string at this cursor has the given {@link Format} (length and pattern). */
  public boolean format(String value, Format format) {
    if (!length(value, format.minLength(), format.maxLength())) {
      return false;
    }
    if (!format.pattern().matcher(value).matches()) {
      error("\"" + value + "\" is not a valid " + format.description());
      return false;
    }
    return true;
  }

  /** A number field lies within {@code [min, max]}. */
  public boolean range(String field, long value, long min, long max) {
    return at(field).range(value, min, max);
  }

  /** The number at this cursor lies within {@code [min, max]}. */
  public boolean range(long value, long min, long max) {
    if (value < min || value > max) {
      error("must be between " + min + " and " + max + " (is " + value + ")");
      return false;
    }
    return true;
  }

  /** No two items of a list field share a key; each repeat is reported at its own index. */
  public <T, K> boolean unique(String field, List<T> items, Function<T, K> key, String keyName) {
    Set<K> seen = new HashSet<>();
    boolean unique = true;
    for (int i = 0; i < items.size(); i++) {
      K k = key.apply(items.get(i));
      if (!seen.add(k)) {
        at(field, i).error("duplicate " + keyName + " " + k);
        unique = false;
      }
    }
    return unique;
  }

  /** At most one of the named optional fields is set. */
  public boolean atMostOneOf(Map<String, Boolean> fieldsSet) {
    List<String> set = new ArrayList<>();
    fieldsSet.forEach((name, isSet) -> {
      if (isSet) {
        set.add(name);
      }
    });
    return require(set.size() <= 1, "only one of " + fieldsSet.keySet() + " may be set, found " + set);
  }

  /**
   * The string at this cursor is an IPv4 or IPv6 CIDR block such as {@code 10.0.0.0/8} or
   * {@code 2001:db8::/32}.
   */
  public boolean cidr(String value) {
    return require(
        IpAddresses.isCidr(value), "\"" + value + "\" is not a valid CIDR (e.g. 10.0.0.0/8, 2001:db8::/32)");
  }
}
