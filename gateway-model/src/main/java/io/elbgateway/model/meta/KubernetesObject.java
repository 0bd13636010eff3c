/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.meta;

/**
 * A top-level Kubernetes object: {@code apiVersion}, {@code kind} and {@code metadata}, as in every
 * manifest. Every kind the model reads implements it.
 */
public interface KubernetesObject {

  /** The {@code apiVersion} the object was read with, e.g. {@code gateway.networking.k8s.io/v1}. */
  String apiVersion();

  /** The kind, e.g. {@code HTTPRoute}. */
  String kind();

  /** The object's metadata. */
  ObjectMeta metadata();

  /** The API group of {@link #apiVersion()}: the part before the slash, empty for the core group. */
  default String group() {
    String apiVersion = apiVersion();
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /** This object's identity: group, kind, namespace and name. */
  default ObjectKey key() {
    return ObjectKey.of(group(), kind(), metadata().namespace().orElse(""), metadata().name());
  }
}
