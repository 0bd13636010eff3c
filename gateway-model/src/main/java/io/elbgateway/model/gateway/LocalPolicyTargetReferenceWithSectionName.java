/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The target of a directly attached policy: an object in the policy's namespace, optionally one section (port) of it. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableLocalPolicyTargetReferenceWithSectionName.class)
@JsonDeserialize(as = ImmutableLocalPolicyTargetReferenceWithSectionName.class)
public interface LocalPolicyTargetReferenceWithSectionName {

  /** The target's API group; empty for the core group (a Service). */
  String group();

  String kind();

  String name();

  /** A section of the target, e.g. a Service port name; absent means the whole object. */
  Optional<String> sectionName();

  /** A builder. */
  static ImmutableLocalPolicyTargetReferenceWithSectionName.Builder builder() {
    return ImmutableLocalPolicyTargetReferenceWithSectionName.builder();
  }
}
