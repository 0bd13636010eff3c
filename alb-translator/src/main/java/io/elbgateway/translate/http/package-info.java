/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * HTTPRoute and GRPCRoute rules as ALB listener rules: matches to conditions ({@code
 * MatchConditions}), the spec's precedence ({@code RulePrecedence}), fewer rules where the meaning
 * allows ({@code RuleMerging}), the ALB-wide rule quota ({@code RuleBudget}), and stable priorities
 * with room to grow ({@link io.elbgateway.translate.http.GappedPriorityAllocator}); {@link
 * io.elbgateway.translate.http.ListenerRules} puts them together.
 */
package io.elbgateway.translate.http;
