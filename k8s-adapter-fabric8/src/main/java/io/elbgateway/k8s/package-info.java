/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The Kubernetes end of the pipeline: {@link io.elbgateway.k8s.GatewayController} watches a cluster
 * with the fabric8 client, reconciles every Gateway through translate, plan and apply, and writes
 * statuses back; {@link io.elbgateway.k8s.GatewayControllerMain} runs it as it is.
 */
package io.elbgateway.k8s;
