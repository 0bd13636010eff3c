/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Gateway API {@code HTTPPathModifier}: how a redirect or rewrite replaces the path; the field
 * named by {@link #type()} is set and the other is not.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHTTPPathModifier.class)
@JsonDeserialize(as = ImmutableHTTPPathModifier.class)
public interface HTTPPathModifier {

  HTTPPathModifierType type();

  /** The new full path, at most 1024 characters. */
  Optional<String> replaceFullPath();

  /** What replaces the matched {@code PathPrefix}, at most 1024 characters (may be empty). */
  Optional<String> replacePrefixMatch();

  /** A builder. */
  static ImmutableHTTPPathModifier.Builder builder() {
    return ImmutableHTTPPathModifier.builder();
  }
}
