/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/** Writes statuses to the status subresource, only when they change. */
package io.elbgateway.k8s.status;
