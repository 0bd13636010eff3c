/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.status;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.ParentReference;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One controller's status of a route for one parent reference.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRouteParentStatus.class)
@JsonDeserialize(as = ImmutableRouteParentStatus.class)
public interface RouteParentStatus {

  ParentReference parentRef();

  /** The controller that wrote this entry, e.g. {@code gateway.k8s.aws/alb}. */
  String controllerName();

  List<Condition> conditions();

  /** A builder. */
  static ImmutableRouteParentStatus.Builder builder() {
    return ImmutableRouteParentStatus.builder();
  }
}
