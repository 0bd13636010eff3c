/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/** The work queue, the reconcile passes, finalizers and leader election. */
package io.elbgateway.k8s.reconcile;
