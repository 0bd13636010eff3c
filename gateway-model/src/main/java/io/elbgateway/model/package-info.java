/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Immutable values for everything elbgateway reads and produces: Gateway API kinds
 * ({@link io.elbgateway.model.gateway}), the {@code gateway.k8s.aws} kinds
 * ({@link io.elbgateway.model.aws}), the core Kubernetes kinds a translation needs
 * ({@link io.elbgateway.model.core}), the desired ELBv2 state ({@link io.elbgateway.model.elb}),
 * statuses ({@link io.elbgateway.model.status}), the {@link io.elbgateway.model.snapshot.ClusterSnapshot}
 * that holds them all, and the codec that reads and writes real manifests
 * ({@link io.elbgateway.model.codec}).
 */
package io.elbgateway.model;
