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

/** The spec of a ListenerSet: its parent Gateway and its listeners. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableListenerSetSpec.class)
@JsonDeserialize(as = ImmutableListenerSetSpec.class)
public interface ListenerSetSpec {

  /** The Gateway these listeners attach to. */
  ListenerSetParentReference parentRef();

  /** 1 to 64 listeners, names unique within this ListenerSet. */
  List<ListenerEntry> listeners();

  /** A builder. */
  static ImmutableListenerSetSpec.Builder builder() {
    return ImmutableListenerSetSpec.builder();
  }
}
