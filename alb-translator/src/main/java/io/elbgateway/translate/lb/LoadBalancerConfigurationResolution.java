/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.translate.status.Problem;
import java.util.Optional;
import org.immutables.value.Value;

/** The effective LoadBalancerConfiguration of a Gateway, or why there is none ({@code InvalidParameters}). */
@Value.Immutable
@ModelStyle
public interface LoadBalancerConfigurationResolution {

  Optional<LoadBalancerConfigurationSpec> spec();

  Optional<Problem> problem();

  /** The merged configuration (an empty spec when neither level has one). */
  static LoadBalancerConfigurationResolution of(LoadBalancerConfigurationSpec spec) {
    return ImmutableLoadBalancerConfigurationResolution.builder().spec(spec).build();
  }

  /** No usable configuration, for this reason. */
  static LoadBalancerConfigurationResolution invalid(String reason, String message) {
    return ImmutableLoadBalancerConfigurationResolution.builder().problem(Problem.of(reason, message)).build();
  }
}
