/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Immutable values for everything elbgateway reads and produces: Gateway API kinds
 * ({@code io.elbgateway.model.gateway}), the {@code gateway.k8s.aws} kinds
 * ({@code io.elbgateway.model.aws}), the core Kubernetes kinds a translation needs
 * ({@code io.elbgateway.model.core}), the desired ELBv2 state ({@code io.elbgateway.model.elb}),
 * statuses ({@code io.elbgateway.model.status}), the {@link io.elbgateway.model.snapshot.ClusterSnapshot}
 * that holds them all, and the codec that reads and writes real manifests
 * ({@code io.elbgateway.model.codec}).
 */
package io.elbgateway.model;
