/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Status values: {@link io.elbgateway.model.status.Condition} and the status shapes of GatewayClass,
 * Gateway (with listener statuses), ListenerSet, routes (per parent) and policies.
 */
package io.elbgateway.model.status;
