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
 *
 * <p>Where a CRD field takes values of the ELBv2 API verbatim (scheme, IP address type, ALPN policy,
 * protocol version, action type, ...), it uses the enum of {@code io.elbgateway.model.elb}, so the
 * translator passes it on without a mapping table. Where the CRD accepts fewer values than ELBv2
 * (target type, listener protocol), it has its own enum.
 */
package io.elbgateway.model.aws;
