/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.ObjectKey;
import org.immutables.value.Value;

/**
 * Something a user of a translation should know that no status condition carries: chiefly the
 * <b>declared deviations</b>, the places where ALB cannot do exactly what the Gateway API spec
 * says (header values compared case-insensitively, for example). Deviations are data, so tests can
 * check that every difference between ALB and the spec is one of them.
 */
@Value.Immutable
@ModelStyle
public interface Diagnostic {

  /** The object the diagnostic is about. */
  ObjectKey object();

  /** The field, as {@code .spec.rules[0].matches[1].headers[0]}; empty for the whole object. */
  @Value.Default
  default String path() {
    return "";
  }

  /** A stable code, e.g. {@link DeviationCode#HEADER_VALUE_CASE_INSENSITIVE}. */
  DeviationCode code();

  /** What a person needs to know. */
  String message();

  /** A diagnostic. */
  static Diagnostic of(ObjectKey object, String path, DeviationCode code, String message) {
    return ImmutableDiagnostic.builder().object(object).path(path).code(code).message(message).build();
  }
}
