/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/** Which kinds the cluster serves, and informers that keep a {@code ClusterSnapshot} of them. */
package io.elbgateway.k8s.source;
