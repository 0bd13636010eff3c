/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Listeners and attachment: a Gateway's listeners (its own, then those of the ListenerSets it
 * allows) validated and checked for conflicts, routes attached to them through their parentRefs and
 * the listeners' {@code allowedRoutes}, and the usable listeners grouped into one ALB listener per
 * port. The listener and route-parent statuses these decisions produce are recorded here.
 */
package io.elbgateway.translate.attach;
