/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.validation.FieldPath;
import io.elbgateway.model.validation.Severity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found while reading manifests: how bad, where (source and line), in which object and
 * field if known, and what. Renders as
 * {@code routes.yaml:42: HTTPRoute my-web/my-web .spec.rules[0].matches[1].path.value: must start with "/"}.
 */
@Value.Immutable
@ModelStyle
public interface Problem {

  Severity severity();

  /** Where: the source as given and the 1-based line (0 when the problem concerns the whole source). */
  SourceLocation location();

  /** The object concerned, when its kind and name could be read. */
  Optional<ObjectKey> object();

  /** The field concerned, when the problem is about one field. */
  Optional<FieldPath> path();

  String message();

  /** A builder. */
  static ImmutableProblem.Builder builder() {
    return ImmutableProblem.builder();
  }

  /**
   * {@code source:line: Kind namespace/name .field.path: message}; the object, the path and the
   * line are left out when unknown.
   */
  default String render() {
    return render(false);
  }

  /**
   * What a person reads in a report: errors exactly as {@link #render()}, warnings with
   * {@code warning:} after the location, as compilers write them.
   */
  default String report() {
    return render(severity() == Severity.WARNING);
  }

  private String render(boolean markWarning) {
    StringBuilder text = new StringBuilder(location().render()).append(':');
    if (markWarning) {
      text.append(" warning:");
    }
    object().ifPresent(key -> text.append(' ').append(key.display()));
    path()
        .map(FieldPath::toString)
        .filter(p -> !p.isEmpty())
        .ifPresent(p -> text.append(' ').append(p));
    if (object().isPresent() || path().filter(p -> !p.segments().isEmpty()).isPresent()) {
      text.append(':');
    }
    return text.append(' ').append(message()).toString();
  }
}
