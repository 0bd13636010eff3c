/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * An executable model of how an Application Load Balancer listener handles one HTTP request: which
 * listener takes it, which rule matches, and what the rule's actions do (forward with weights,
 * redirect, fixed response, authenticate first), with the rule's transforms applied.
 *
 * <p>Entry point: {@link io.elbgateway.testkit.alb.AlbEvaluator#evaluate}. It reads the desired ELB
 * state ({@code io.elbgateway.model.elb}), so a test can check what a translation does to real
 * requests without AWS. Every assumption about AWS behaviour is written next to the code that makes
 * it, with its source (a section of {@code alb-elbv2.md}, the project's ELBv2 reference) or a note
 * that AWS does not document it.
 *
 * <p>Network Load Balancers: {@link io.elbgateway.testkit.alb.NlbEvaluator#evaluate} takes a
 * {@link io.elbgateway.testkit.alb.Connection} (port, TCP or UDP, SNI) to the listener of its port
 * and transport, whose default action forwards it.
 */
package io.elbgateway.testkit.alb;
