/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Target groups and their targets: resolving route backendRefs into the Gateway's target groups
 * ({@link io.elbgateway.translate.targets.TargetGroupRegistry}), the built-in core Service resolver
 * ({@link io.elbgateway.translate.targets.ServiceBackends}) with TargetGroupConfiguration layering,
 * weights scaled into ALB's 0-999, and deterministic target group names
 * ({@link io.elbgateway.translate.targets.HashedTargetGroupNamer}).
 */
package io.elbgateway.translate.targets;
