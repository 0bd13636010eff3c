/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Equivalence of a translation with the Gateway API spec, request by request: {@link
 * io.elbgateway.testkit.equivalence.OutcomeComparison} compares the ALB evaluator's outcome on a
 * Gateway's stack with the reference router's, and accepts a difference only where the translation
 * declared it (a deviation the request triggers, or a status); {@link
 * io.elbgateway.testkit.equivalence.RoutesLikeSpec} is the one-line assertion for consumers.
 */
package io.elbgateway.testkit.equivalence;
