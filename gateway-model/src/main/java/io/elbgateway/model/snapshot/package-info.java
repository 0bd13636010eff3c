/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * {@link io.elbgateway.model.snapshot.ClusterSnapshot}: everything a translation reads, indexed, and
 * {@link io.elbgateway.model.snapshot.KnownKinds}, every kind the model reads.
 */
package io.elbgateway.model.snapshot;
