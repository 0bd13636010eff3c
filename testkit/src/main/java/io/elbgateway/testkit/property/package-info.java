/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * A small property-testing engine with integrated shrinking.
 *
 * <p>A {@link io.elbgateway.testkit.property.Gen} builds values from the choices of a {@link
 * io.elbgateway.testkit.property.RandomSource}, which records every random decision. A {@link
 * io.elbgateway.testkit.property.Property} runs a check against many generated values; when one
 * fails, the engine shrinks the recorded choices (deleting spans, zeroing, lowering, sorting and
 * moving value between draws) and replays the generator on them, so every composition of {@code
 * map}, {@code flatMap} and {@code filter} shrinks without a hand-written shrinker and a shrunk
 * value always satisfies its generator's constraints. {@link
 * io.elbgateway.testkit.property.Statistics} classifies the generated cases. The JUnit 5
 * integration lives in the {@code junit} sub-package; this package does not depend on JUnit.
 */
package io.elbgateway.testkit.property;
