/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/** Converts fabric8 objects into gateway-model values. */
package io.elbgateway.k8s.convert;
