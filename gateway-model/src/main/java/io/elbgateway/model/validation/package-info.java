/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Schema validation: the OpenAPI limits and CEL rules the API server enforces for each kind, reported
 * as {@link io.elbgateway.model.validation.Violation}s that name the object and the field.
 * {@link io.elbgateway.model.validation.ModelValidator} is the entry point.
 */
package io.elbgateway.model.validation;
