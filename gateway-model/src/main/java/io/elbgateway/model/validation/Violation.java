/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.ObjectKey;
import org.immutables.value.Value;

/**
 * One problem in one object: which object, which field, what is wrong. Renders as
 * {@code HTTPRoute my-web/my-web .spec.rules[0].matches[1].path.value: must start with "/"}.
 */
@Value.Immutable
@ModelStyle
public interface Violation {

  ObjectKey object();

  FieldPath path();

  String message();

  @Value.Default
  default Severity severity() {
    return Severity.ERROR;
  }

  /** An error. */
  static Violation error(ObjectKey object, FieldPath path, String message) {
    return ImmutableViolation.builder().object(object).path(path).message(message).build();
  }

  /** A warning. */
  static Violation warning(ObjectKey object, FieldPath path, String message) {
    return ImmutableViolation.builder()
        .object(object)
        .path(path)
        .message(message)
        .severity(Severity.WARNING)
        .build();
  }

  /** {@code Kind namespace/name .field.path: message}. */
  default String render() {
    String where = path().toString();
    return object().display() + (where.isEmpty() ? "" : " " + where) + ": " + message();
  }
}
