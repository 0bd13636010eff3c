/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The desired ELBv2 state: what the translator produces for one Gateway and aws-sync applies.
 * {@link io.elbgateway.model.elb.ElbStack} holds a {@link io.elbgateway.model.elb.LoadBalancer},
 * its {@link io.elbgateway.model.elb.Listener}s, {@link io.elbgateway.model.elb.ListenerRule}s and
 * {@link io.elbgateway.model.elb.TargetGroup}s.
 *
 * <p>Java accessors are camelCase; JSON names and enum values are the ELBv2 API's own ({@code
 * Priority}, {@code Conditions[].Field}, {@code PathPatternConfig.Values}, {@code
 * ForwardConfig.TargetGroups[].Weight}, {@code path-pattern}), so the JSON reads like {@code aws
 * elbv2 describe-*} output. Tags and attributes are {@code Map<String, String>} in Java and {@code
 * [{"Key": ..., "Value": ...}]} lists, sorted by key, in JSON.
 *
 * <p>Resources are named by stable logical keys built with {@link io.elbgateway.model.elb.ElbKeys},
 * never by ARN: a forward action names its target groups by key ({@code TargetGroupKey}). No secret
 * value enters this package: an OIDC action names the Kubernetes Secret that holds its client
 * credentials. Values are not validated here; the translator guarantees them.
 */
package io.elbgateway.model.elb;
