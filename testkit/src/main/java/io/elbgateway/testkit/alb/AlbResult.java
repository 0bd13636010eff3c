/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

/**
 * What the routing action of the matching rule does: {@link Forwarded}, {@link Redirected},
 * {@link FixedResponse}, or a {@link LoadBalancerError} the load balancer generates itself.
 */
public sealed interface AlbResult permits Forwarded, Redirected, FixedResponse, LoadBalancerError {}
