/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/** Load balancer and listener settings: names, configuration merging, attributes. */
package io.elbgateway.translate.lb;
