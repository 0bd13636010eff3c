/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import java.util.List;
import java.util.Optional;

/**
 * What every route rule has: an optional name (unique in its route) and the backends it forwards
 * to, each seen as a {@link BackendRef} whatever the route kind.
 */
public interface RouteRule {

  /** The rule's name ({@code SectionName}); unique within the route when set. */
  Optional<String> name();

  /** The backends of this rule. */
  List<? extends BackendRef> backendRefs();
}
