/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/** Golden-file assertions: expected outputs kept as files, compared and refreshed on purpose. */
package io.elbgateway.testkit.golden;
