/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * What every Kubernetes object has (metadata, identity) and the Gateway API reference types that the
 * other model packages share: parent, backend, secret and parameters references.
 */
package io.elbgateway.model.meta;
