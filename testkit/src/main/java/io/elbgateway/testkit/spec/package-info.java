/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * An executable model of the Gateway API specification for HTTP traffic: given a cluster snapshot,
 * a Gateway, a listener port and a request, what the spec says must happen to the request
 * (forward with backend shares, redirect, rewrite, or a status code).
 *
 * <p>Entry point: {@link io.elbgateway.testkit.spec.SpecRouter#route}. The model is written from
 * the specification ({@code gateway-api.md}, cited by section in comments) and independently of the
 * translator ({@code io.elbgateway.translate}), so that the two can be cross-checked: feed the same
 * {@link io.elbgateway.testkit.alb.HttpRequest} to this router and to the ALB evaluator run on the
 * translator's output. Where the spec leaves a choice to the implementation, the choice is written
 * next to the code that makes it.
 *
 * <p>TCP, UDP and TLS: {@link io.elbgateway.testkit.spec.L4SpecRouter#route} says which backend
 * Services a {@link io.elbgateway.testkit.alb.Connection} reaches, or that it is refused.
 */
package io.elbgateway.testkit.spec;
