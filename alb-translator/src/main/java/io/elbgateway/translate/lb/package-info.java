/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * A Gateway's load balancer and listener settings: GatewayClass acceptance ({@link
 * io.elbgateway.translate.lb.GatewayClasses}), finding and merging LoadBalancerConfigurations
 * ({@link io.elbgateway.translate.lb.LoadBalancerConfigurations}), the desired ALB ({@link
 * io.elbgateway.translate.lb.LoadBalancers}) with its name ({@link
 * io.elbgateway.translate.lb.LoadBalancerNames}), subnets, security groups, attributes and tags,
 * and its listeners ({@link io.elbgateway.translate.lb.Listeners}) with certificates, policies,
 * mutual TLS, attributes and the 404 default action. What ALB cannot apply is reported as a
 * diagnostic on the object that asked for it, never an error.
 */
package io.elbgateway.translate.lb;
