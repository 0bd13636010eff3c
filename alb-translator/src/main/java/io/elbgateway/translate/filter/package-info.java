/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Route rule filters and rule-level fields to what ALB rules can carry: actions (redirect, fixed
 * response, authentication), forward stickiness, transforms, extra conditions and tags.
 *
 * <p>{@link io.elbgateway.translate.filter.RuleFilters} runs the filters of one HTTPRoute or
 * GRPCRoute rule, in order, through the handlers registered with the translator, and checks the
 * rule-level fields ALB cannot honour ({@code timeouts}, {@code retry}, backend-level filters,
 * {@code sessionPersistence} by header). {@link io.elbgateway.translate.filter.BuiltInFilters} is
 * the plugin that registers the built-in handlers:
 *
 * <ul>
 *   <li>{@code RequestRedirect} → a {@code redirect} action (301/302 only; no HTTPS→HTTP; no loop);
 *   <li>{@code URLRewrite} → {@code host-header-rewrite} and {@code url-rewrite} transforms, with the
 *       matched prefix regex-escaped and replaced element-wise;
 *   <li>{@code RequestHeaderModifier}, {@code ResponseHeaderModifier}, {@code RequestMirror},
 *       {@code CORS}, {@code ExternalAuth} → the rule is dropped with {@code UnsupportedValue} (ALB
 *       has no per-rule equivalent), the rest of the route still works;
 *   <li>{@code ExtensionRef} to a {@code gateway.k8s.aws} ListenerRuleConfiguration → fixed
 *       response, redirect query, authentication (HTTPS only), forward stickiness, source-ip
 *       conditions and tags.
 * </ul>
 *
 * <p>A handler that cannot express its filter either drops its rule (the rule is not programmed;
 * requests fall to later rules) or, where falling through would be wrong (an ExtensionRef that does
 * not resolve, authentication on an HTTP listener), makes it fail closed: the rule answers HTTP
 * 500.
 */
package io.elbgateway.translate.filter;
