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

/** Objects a ReferenceGrant lets others refer to: one group and kind, and optionally one name. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableReferenceGrantTo.class)
@JsonDeserialize(as = ImmutableReferenceGrantTo.class)
public interface ReferenceGrantTo {

  /** The referent's API group; empty for the core group. */
  String group();

  String kind();

  /** One object by name; absent (or empty) covers every object of the kind in the namespace. */
  Optional<String> name();

  /** Whether the object of this group, kind and name is covered by this entry. */
  default boolean matches(String group, String kind, String name) {
    return group().equals(group)
        && kind().equals(kind)
        && name().filter(n -> !n.isEmpty()).map(n -> n.equals(name)).orElse(true);
  }

  /** A builder. */
  static ImmutableReferenceGrantTo.Builder builder() {
    return ImmutableReferenceGrantTo.builder();
  }
}
