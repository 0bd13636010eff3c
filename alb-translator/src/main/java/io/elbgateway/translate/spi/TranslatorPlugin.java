/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.spi;

import java.util.List;

/**
 * A bundle of handlers that {@link java.util.ServiceLoader} finds (list the class in
 * {@code META-INF/services/io.elbgateway.translate.spi.TranslatorPlugin}) or that a builder takes.
 * Every list may be empty.
 */
public interface TranslatorPlugin {

  default List<FilterHandler> filterHandlers() {
    return List.of();
  }

  default List<ExtensionRefHandler> extensionRefHandlers() {
    return List.of();
  }

  default List<BackendResolver> backendResolvers() {
    return List.of();
  }
}
