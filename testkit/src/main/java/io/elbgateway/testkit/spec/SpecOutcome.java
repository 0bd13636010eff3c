/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import java.util.List;
import java.util.Optional;

/**
 * What the Gateway API spec requires for one request: {@link Forward} to backends, a
 * {@link Redirect}, a {@link Status} answered by the gateway (404 no match, 500 invalid
 * configuration, or a fixed response), or {@link NotServed} when no accepted listener serves the
 * port at all.
 */
public sealed interface SpecOutcome permits Forward, Redirect, Status, NotServed {

  /** The route, rule and match that won, when one did (for debugging and comparison). */
  Optional<WinningMatch> winner();

  /**
   * Filters of the winning rule (and of its backends) the spec asks for but this model only
   * records: header modifiers, mirrors, CORS, ExternalAuth, ExtensionRef markers.
   */
  List<AppliedFilter> appliedFilters();
}
