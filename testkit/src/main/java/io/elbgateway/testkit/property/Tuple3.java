/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

/** Three generated values, as {@link Gen#zip(Gen, Gen, Gen)} makes them. */
public record Tuple3<A, B, C>(A first, B second, C third) {}
