/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The core Kubernetes kinds a translation needs, reduced to the fields it reads: {@link
 * io.elbgateway.model.core.Namespace} (labels for route admission), {@link
 * io.elbgateway.model.core.Service} and {@link io.elbgateway.model.core.EndpointSlice} (backends
 * and their targets), {@link io.elbgateway.model.core.Node} (instance targets) and {@link
 * io.elbgateway.model.core.Secret} (existence and type only, never data). {@link
 * io.elbgateway.model.core.CoreKinds} lists them.
 */
package io.elbgateway.model.core;
