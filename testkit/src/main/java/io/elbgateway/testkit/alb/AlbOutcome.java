/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

/**
 * What an Application Load Balancer does with one request: either no listener takes the connection
 * ({@link ConnectionRefused}) or a listener handles it ({@link Handled}: the rule that matched, the
 * authentication it asks for first, its result and the request after transforms).
 */
public sealed interface AlbOutcome permits ConnectionRefused, Handled {}
