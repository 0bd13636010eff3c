/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

/** Two generated values, as {@link Gen#zip(Gen, Gen)} makes them. */
public record Tuple2<A, B>(A first, B second) {}
