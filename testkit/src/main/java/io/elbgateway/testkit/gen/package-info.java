/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Generators for the domain: ALB Gateway scenarios ({@link io.elbgateway.testkit.gen.Scenarios})
 * and requests drawn from them ({@link io.elbgateway.testkit.gen.Requests}); Network Load Balancer
 * scenarios ({@link io.elbgateway.testkit.gen.Scenarios#nlb()}) and connections drawn from them
 * ({@link io.elbgateway.testkit.gen.Connections}); for the property engine in {@code
 * io.elbgateway.testkit.property}.
 *
 * <pre>{@code
 * Property.forAll(Requests.pairedWith(Scenarios.alb()))
 *     .withPrinter(new ScenarioPrinter())
 *     .check(pair -> ...);
 * }</pre>
 *
 * <p>Every object a scenario holds is what a person could {@code kubectl apply} (it passes {@code
 * ModelValidator}); a failing case prints as multi-document YAML with the request on a last comment
 * line ({@link io.elbgateway.testkit.gen.ScenarioPrinter}). Every decision is drawn from the
 * engine's random source, so a scenario reproduces from its seed and shrinks to fewer objects,
 * rules and matches. The names, hostnames, paths and values come from one small shared vocabulary,
 * so routes overlap and requests hit rules.
 */
package io.elbgateway.testkit.gen;
