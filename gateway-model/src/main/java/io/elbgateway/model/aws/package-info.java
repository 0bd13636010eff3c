/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The AWS Load Balancer Controller's Gateway API extension kinds (API group {@code gateway.k8s.aws},
 * versions {@code v1} and {@code v1beta1}): {@link io.elbgateway.model.aws.LoadBalancerConfiguration}
 * (load balancer and listener settings), {@link io.elbgateway.model.aws.TargetGroupConfiguration}
 * (target group settings per Service and route) and
 * {@link io.elbgateway.model.aws.ListenerRuleConfiguration} (AWS-only rule actions and
 * conditions). {@link io.elbgateway.model.aws.AwsKinds} describes them.
 *
 * <p>Fields the CRDs default are {@code @Value.Default} methods returning the default; every other
 * scalar is an {@code Optional}, so the translator can tell "unset" from "set" when it merges a
 * GatewayClass-level with a Gateway-level configuration, or route-specific target group properties
 * over defaults.
 */
package io.elbgateway.model.aws;
