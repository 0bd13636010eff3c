/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.snapshot;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.elbgateway.model.aws.AwsKinds;
import io.elbgateway.model.core.CoreKinds;
import io.elbgateway.model.gateway.GatewayApiKinds;
import io.elbgateway.model.meta.KindDescriptor;
import io.elbgateway.model.meta.KubernetesObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every kind the model reads: the Gateway API kinds, the {@code gateway.k8s.aws} kinds, the core kinds. */
public final class KnownKinds {

  /** Every known kind, Gateway API first. */
  public static final List<KindDescriptor> ALL =
      ImmutableList.<KindDescriptor>builder()
          .addAll(GatewayApiKinds.ALL)
          .addAll(AwsKinds.ALL)
          .addAll(CoreKinds.ALL)
          .build();

  private static final Map<String, KindDescriptor> BY_GROUP_KIND =
      ALL.stream().collect(ImmutableMap.toImmutableMap(k -> k.group() + "/" + k.kind(), k -> k));

  private static final ImmutableListMultimap<Class<?>, KindDescriptor> BY_TYPE =
      ALL.stream().collect(ImmutableListMultimap.toImmutableListMultimap(KindDescriptor::type, k -> k));

  private KnownKinds() {}

  /** The kind of an object, by its group and kind. */
  public static Optional<KindDescriptor> descriptorOf(KubernetesObject object) {
    return Optional.ofNullable(BY_GROUP_KIND.get(object.group() + "/" + object.kind()));
  }

  /** The descriptors that read into a model type; more than one where a kind has moved groups. */
  public static List<KindDescriptor> descriptorsOf(Class<?> type) {
    return BY_TYPE.get(type);
  }

  /** Whether a class is one of the model's kind types (e.g. {@code HTTPRoute}). */
  public static boolean isModelType(Class<?> type) {
    return BY_TYPE.containsKey(type);
  }

  /** The model type of an object: the kind type it implements. */
  public static Optional<Class<? extends KubernetesObject>> typeOf(KubernetesObject object) {
    Optional<KindDescriptor> byName = descriptorOf(object);
    if (byName.isPresent() && byName.get().type().isInstance(object)) {
      return byName.map(KindDescriptor::type);
    }
    return ALL.stream().map(KindDescriptor::type).filter(t -> t.isInstance(object)).findFirst().map(t -> t);
  }
}
