/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.status;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The status of a policy kind such as BackendTLSPolicy.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutablePolicyStatus.class)
@JsonDeserialize(as = ImmutablePolicyStatus.class)
public interface PolicyStatus {

  List<PolicyAncestorStatus> ancestors();

  /** A builder. */
  static ImmutablePolicyStatus.Builder builder() {
    return ImmutablePolicyStatus.builder();
  }
}
