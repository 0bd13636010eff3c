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
 * A policy's status for one ancestor (e.g. the Gateway that uses a BackendTLSPolicy).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutablePolicyAncestorStatus.class)
@JsonDeserialize(as = ImmutablePolicyAncestorStatus.class)
public interface PolicyAncestorStatus {

  ParentReference ancestorRef();

  String controllerName();

  List<Condition> conditions();

  /** A builder. */
  static ImmutablePolicyAncestorStatus.Builder builder() {
    return ImmutablePolicyAncestorStatus.builder();
  }
}
