/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws.wire;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One request as it arrived at a {@link QueryProtocolServer}: the operation and the raw form
 * parameters, so a test can assert what went on the wire ({@code
 * Conditions.member.1.PathPatternConfig.RegexValues.member.1}), not only what the server made of it.
 */
@Value.Immutable
@ModelStyle
public interface RecordedRequest {

  /** The {@code Action} parameter, e.g. {@code CreateRule}; empty when the request had none. */
  String action();

  /**
   * Every form parameter in the order it arrived, {@code Action} and {@code Version} included; a
   * name sent more than once keeps all its values in order.
   */
  Map<String, List<String>> params();

  /** The first value of the parameter {@code name}, if it was sent. */
  default Optional<String> param(String name) {
    List<String> values = params().get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** A builder. */
  static ImmutableRecordedRequest.Builder builder() {
    return ImmutableRecordedRequest.builder();
  }
}
