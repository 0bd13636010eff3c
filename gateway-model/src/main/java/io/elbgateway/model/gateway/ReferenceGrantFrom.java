/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A trusted referrer of a ReferenceGrant: objects of one group and kind in one namespace. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableReferenceGrantFrom.class)
@JsonDeserialize(as = ImmutableReferenceGrantFrom.class)
public interface ReferenceGrantFrom {

  /** The referrer's API group; empty for the core group. */
  String group();

  String kind();

  String namespace();

  /** Whether a referrer of this group, kind and namespace is trusted by this entry. */
  default boolean matches(String group, String kind, String namespace) {
    return group().equals(group) && kind().equals(kind) && namespace().equals(namespace);
  }

  /** A builder. */
  static ImmutableReferenceGrantFrom.Builder builder() {
    return ImmutableReferenceGrantFrom.builder();
  }
}
