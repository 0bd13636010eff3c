/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import java.util.List;

/** The registry of the test-only kinds. */
final class TestKinds {

  static final KindRegistry REGISTRY = KindRegistry.of(List.of(Widget.KIND, Gizmo.KIND));

  private TestKinds() {}

  /** A reader of the test kinds with the default validator and limits. */
  static ManifestReader reader() {
    return ManifestReader.of(REGISTRY);
  }

  /** Each problem rendered, with its severity in front. */
  static List<String> rendered(LoadResult result) {
    return result.problems().stream().map(p -> p.severity() + " " + p.render()).toList();
  }
}
