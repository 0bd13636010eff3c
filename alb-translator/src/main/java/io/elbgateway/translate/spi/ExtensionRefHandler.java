/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.spi;

import io.elbgateway.model.meta.LocalObjectReference;

/**
 * Translates {@code ExtensionRef} filters that name one group and kind (the built-in one handles
 * {@code gateway.k8s.aws/ListenerRuleConfiguration}). An ExtensionRef that no handler claims drops
 * its rule: the spec forbids skipping it.
 */
public interface ExtensionRefHandler {

  /** The API group of the referenced kind. */
  String group();

  /** The referenced kind. */
  String kind();

  /** Translates one reference; {@code path} is the filter's field path. */
  void apply(LocalObjectReference ref, String path, RuleDraft draft);
}
