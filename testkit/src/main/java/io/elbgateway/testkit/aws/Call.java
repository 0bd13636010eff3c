/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One attempt of one operation on an in-memory AWS client, as the {@link CallLog} saw it. */
@Value.Immutable
@ModelStyle
public interface Call {

  /** Position of the call among all calls since the log was last reset, from 1. */
  int sequence();

  /** The SDK service name: {@code ElasticLoadBalancingV2}, {@code WAFV2}, {@code ACM}, {@code Shield}. */
  String service();

  /** The API operation name, e.g. {@code CreateRule}. */
  String operation();

  /** Whether the operation changes state (see {@link CallLog#isMutating}). */
  boolean mutating();

  /** Every ARN the request names, anywhere in it (the resource and the ones its fields refer to). */
  List<String> arns();

  /** The injected fault, when one was. */
  Optional<FaultKind> fault();
}
