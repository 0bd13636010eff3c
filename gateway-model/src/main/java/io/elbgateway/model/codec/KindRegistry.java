/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import io.elbgateway.model.meta.KindDescriptor;
import io.elbgateway.model.snapshot.KnownKinds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds a {@link ManifestReader} knows: an immutable set of {@link KindDescriptor}s, looked up
 * by {@code apiVersion} and {@code kind}. Besides the kinds themselves it recognises their list
 * kinds ({@code HTTPRouteList}) and the generic {@code v1 List} as containers of objects.
 */
public final class KindRegistry {

  /** The kind of the generic container {@code kubectl get -o yaml} writes. */
  static final String GENERIC_LIST_KIND = "List";

  private static final String LIST_SUFFIX = "List";

  private final List<KindDescriptor> kinds;
  private final Map<String, List<KindDescriptor>> byKind;

  private KindRegistry(List<KindDescriptor> kinds) {
    this.kinds = List.copyOf(kinds);
    Map<String, List<KindDescriptor>> index = new LinkedHashMap<>();
    for (KindDescriptor kind : this.kinds) {
      List<KindDescriptor> same = index.computeIfAbsent(kind.kind(), k -> new ArrayList<>());
      for (KindDescriptor other : same) {
        if (other.group().equals(kind.group())) {
          throw new IllegalArgumentException(
              "kind " + kind.kind() + " of group \"" + kind.group() + "\" is registered twice");
        }
      }
      same.add(kind);
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byKind = Map.copyOf(index);
  }

  private static final KindRegistry STANDARD = of(KnownKinds.ALL);

  /** A registry of exactly these kinds; a (group, kind) pair may appear only once. */
  public static KindRegistry of(List<KindDescriptor> kinds) {
    return new KindRegistry(kinds);
  }

  /** Every kind of the model: Gateway API, {@code gateway.k8s.aws} and the core kinds. */
  public static KindRegistry standard() {
    return STANDARD;
  }

  /** Every registered kind, in registration order. */
  public List<KindDescriptor> kinds() {
    return kinds;
  }

  /** The kind served at {@code apiVersion} under this name, if any. */
  public Optional<KindDescriptor> find(String apiVersion, String kind) {
    return byKind.getOrDefault(kind, List.of()).stream()
        .filter(descriptor -> descriptor.servesApiVersion(apiVersion))
        .findFirst();
  }

  /**
   * The kind of this name in the group of {@code apiVersion}, whatever the version: how a reader
   * tells a known kind at an unserved version from an unknown kind.
   */
  public Optional<KindDescriptor> findInGroup(String apiVersion, String kind) {
    String group = groupOf(apiVersion);
    return byKind.getOrDefault(kind, List.of()).stream()
        .filter(descriptor -> descriptor.group().equals(group))
        .findFirst();
  }

  /**
   * Whether {@code apiVersion}/{@code kind} is a container of objects: the generic {@code v1 List},
   * or {@code XList} where kind {@code X} is served at {@code apiVersion}.
   */
  public boolean isList(String apiVersion, String kind) {
    return isGenericList(apiVersion, kind) || listedKind(apiVersion, kind).isPresent();
  }

  /** Whether this is the generic {@code v1 List}, whose items name their own kinds. */
  public boolean isGenericList(String apiVersion, String kind) {
    return GENERIC_LIST_KIND.equals(kind) && "v1".equals(apiVersion);
  }

  /** For {@code XList} at {@code apiVersion}: the kind X of its items, if X is served there. */
  public Optional<KindDescriptor> listedKind(String apiVersion, String kind) {
    if (!kind.endsWith(LIST_SUFFIX) || kind.length() == LIST_SUFFIX.length()) {
      return Optional.empty();
    }
    return find(apiVersion, kind.substring(0, kind.length() - LIST_SUFFIX.length()));
  }

  /** The group part of an {@code apiVersion}: before the slash, empty for the core group. */
  static String groupOf(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  @Override
  public String toString() {
    return "KindRegistry" + byKind.keySet();
  }
}
