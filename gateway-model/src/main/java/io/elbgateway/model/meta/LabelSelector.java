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

/**
 * A Kubernetes label selector ({@code matchLabels} AND {@code matchExpressions}). An empty selector
 * matches everything.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableLabelSelector.class)
@JsonDeserialize(as = ImmutableLabelSelector.class)
public interface LabelSelector {

  Map<String, String> matchLabels();

  List<LabelSelectorRequirement> matchExpressions();

  /** Whether a set of labels satisfies every term of this selector. */
  default boolean matches(Map<String, String> labels) {
    for (Map.Entry<String, String> required : matchLabels().entrySet()) {
      if (!required.getValue().equals(labels.get(required.getKey()))) {
        return false;
      }
    }
    for (LabelSelectorRequirement requirement : matchExpressions()) {
      if (!requirement.matches(labels)) {
        return false;
      }
    }
    return true;
  }

  /** A builder. */
  static ImmutableLabelSelector.Builder builder() {
    return ImmutableLabelSelector.builder();
  }
}
