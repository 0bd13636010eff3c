/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ObjectMeta;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A ReferenceGrant ({@code gateway.networking.k8s.io} v1beta1; v1 and v1alpha2 read too): lives in
 * the namespace of the referenced objects and lets objects of other namespaces refer to them. It
 * has no status.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableReferenceGrant.class)
@JsonDeserialize(as = ImmutableReferenceGrant.class)
public interface ReferenceGrant extends KubernetesObject {

  /**
   * The {@code apiVersion} written by default: v1beta1, the only version the standard channel
   * serves up to Gateway API v1.4.
   */
  String API_VERSION = "gateway.networking.k8s.io/v1beta1";

  /** The kind. */
  String KIND = "ReferenceGrant";

  @Override
  @Value.Default
  default String apiVersion() {
    return API_VERSION;
  }

  @Override
  @Value.Default
  default String kind() {
    return KIND;
  }

  @Override
  ObjectMeta metadata();

  ReferenceGrantSpec spec();

  /**
   * Whether this grant lets an object of {@code fromGroup}/{@code fromKind} in
   * {@code fromNamespace} refer to the object {@code toGroup}/{@code toKind}/{@code toName} in this
   * grant's namespace. Some {@code from} entry must match group, kind and namespace exactly, and
   * some {@code to} entry must match group and kind, and either name the object or name nothing
   * (then it covers every object of that kind). The caller makes sure the grant lives in the
   * target's namespace; {@link #permits(ObjectKey, ObjectKey)} checks that too.
   */
  default boolean allows(
      String fromGroup,
      String fromKind,
      String fromNamespace,
      String toGroup,
      String toKind,
      String toName) {
    return spec().from().stream().anyMatch(f -> f.matches(fromGroup, fromKind, fromNamespace))
        && spec().to().stream().anyMatch(t -> t.matches(toGroup, toKind, toName));
  }

  /**
   * Whether this grant lets {@code from} refer to {@code to}: {@code to} must be in this grant's
   * namespace (absent means {@code default}) and {@link #allows} must hold.
   */
  default boolean permits(ObjectKey from, ObjectKey to) {
    return metadata().namespace().orElse("default").equals(to.namespace())
        && allows(from.group(), from.kind(), from.namespace(), to.group(), to.kind(), to.name());
  }

  /** A builder. */
  static ImmutableReferenceGrant.Builder builder() {
    return ImmutableReferenceGrant.builder();
  }
}
