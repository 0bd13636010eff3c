/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import io.elbgateway.model.meta.KubernetesObject;

/**
 * Checks one kind against the rules its API server would enforce (OpenAPI limits and CEL rules),
 * reporting each break to a {@link Checks}.
 *
 * @param <T> the kind it checks
 */
@FunctionalInterface
interface Validator<T extends KubernetesObject> {

  void validate(T object, Checks checks);
}
