/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The spec of a ReferenceGrant: who may refer ({@code from}) to what ({@code to}). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableReferenceGrantSpec.class)
@JsonDeserialize(as = ImmutableReferenceGrantSpec.class)
public interface ReferenceGrantSpec {

  /** 1 to 16 trusted referrers; any one matching suffices. */
  List<ReferenceGrantFrom> from();

  /** 1 to 16 referable objects; any one matching suffices. */
  List<ReferenceGrantTo> to();

  /** A builder. */
  static ImmutableReferenceGrantSpec.Builder builder() {
    return ImmutableReferenceGrantSpec.builder();
  }
}
