/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.meta;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A kind the model knows how to read: its API group, kind name, the versions it is served at (all
 * read into the same model type), whether it is namespaced, and the model type.
 */
@Value.Immutable
@ModelStyle
public interface KindDescriptor {

  /** The API group; empty for the core group. */
  String group();

  String kind();

  /** The served versions, newest first; every one reads into {@link #type()}. */
  List<String> versions();

  boolean namespaced();

  /** The model type objects of this kind read into. */
  Class<? extends KubernetesObject> type();

  /** {@code group/version} (or just {@code version} for the core group) of the newest version. */
  default String preferredApiVersion() {
    String version = versions().get(0);
    return group().isEmpty() ? version : group() + "/" + version;
  }

  /** Whether an {@code apiVersion} names this kind's group and one of its versions. */
  default boolean servesApiVersion(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : apiVersion.substring(0, slash);
    String version = slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
    return group.equals(group()) && versions().contains(version);
  }

  /** A builder. */
  static ImmutableKindDescriptor.Builder builder() {
    return ImmutableKindDescriptor.builder();
  }
}
