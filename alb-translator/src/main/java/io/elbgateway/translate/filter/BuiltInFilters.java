/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.filter;

import io.elbgateway.translate.spi.TranslatorPlugin;

/** STUB (helper replaces): the built-in filter and ExtensionRef handlers. */
public final class BuiltInFilters implements TranslatorPlugin {}
