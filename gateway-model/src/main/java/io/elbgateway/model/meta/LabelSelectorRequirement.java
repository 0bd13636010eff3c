/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.meta;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** One {@code matchExpressions} term of a {@link LabelSelector}. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableLabelSelectorRequirement.class)
@JsonDeserialize(as = ImmutableLabelSelectorRequirement.class)
public interface LabelSelectorRequirement {

  String key();

  /** {@code In}, {@code NotIn}, {@code Exists} or {@code DoesNotExist}. */
  LabelSelectorOperator operator();

  List<String> values();

  /** Whether the labels satisfy this term, with the Kubernetes semantics of each operator. */
  default boolean matches(Map<String, String> labels) {
    String value = labels.get(key());
    switch (operator()) {
      case IN:
        return value != null && values().contains(value);
      case NOT_IN:
        return value == null || !values().contains(value);
      case EXISTS:
        return value != null;
      case DOES_NOT_EXIST:
        return value == null;
      default:
        throw new AssertionError(operator());
    }
  }
}
