/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.validation.FieldPath;
import org.immutables.value.Value;

/**
 * One object read from a manifest, with where it was read and the line of each of its fields, so
 * later stages can report a problem in a field at its line.
 */
@Value.Immutable
@ModelStyle
public interface LoadedObject {

  KubernetesObject object();

  /** The source and the line where the object starts. */
  SourceLocation location();

  /** The line of each field of the object, by field path. */
  LineIndex lines();

  /** The location of one field (or of its nearest ancestor that has a line). */
  default SourceLocation locate(FieldPath path) {
    return SourceLocation.of(location().source(), lines().line(path));
  }
}
