/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.aws;

import io.elbgateway.model.meta.ObjectKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The tags that mark an AWS resource as elbgateway's: which cluster, which stack (the Gateway,
 * {@code namespace/name}) and which resource of that stack (its logical key). They are set when the
 * resource is created, in the create call itself, so that a crash right after a create leaves a
 * resource that the next run finds and adopts instead of leaking it.
 *
 * <p>Ownership is a hard line: a resource whose cluster and stack tags do not both match is never
 * modified or deleted, whatever else it carries.
 */
public final class OwnershipTags {

  /** The cluster the resource belongs to. */
  public static final String CLUSTER = "elbgateway.io/cluster";

  /** The Gateway, {@code namespace/name}, whose desired state the resource realises. */
  public static final String STACK = "elbgateway.io/stack";

  /** The logical key of the resource inside its stack. */
  public static final String RESOURCE = "elbgateway.io/resource";

  private final String clusterName;

  private OwnershipTags(String clusterName) {
    this.clusterName = clusterName;
  }

  /** The ownership tags of one cluster. */
  public static OwnershipTags forCluster(String clusterName) {
    if (clusterName.isBlank()) {
      throw new IllegalArgumentException("a cluster name is required to tag and find owned resources");
    }
    return new OwnershipTags(clusterName);
  }

  /** The stack value of a Gateway: {@code namespace/name}. */
  public static String stackOf(ObjectKey gateway) {
    return gateway.namespace() + "/" + gateway.name();
  }

  /**
   * The tags to create a resource with: the user's tags, then the three ownership tags, which win
   * over a user tag of the same key (a user cannot make a resource look like another stack's).
   */
  public Map<String, String> forResource(
      ObjectKey gateway, String logicalKey, Map<String, String> userTags) {
    Map<String, String> tags = new LinkedHashMap<>(userTags);
    tags.put(CLUSTER, clusterName);
    tags.put(STACK, stackOf(gateway));
    tags.put(RESOURCE, logicalKey);
    return tags;
  }

  /** Whether a resource with these tags belongs to this cluster and the given Gateway's stack. */
  public boolean ownedBy(Map<String, String> tags, ObjectKey gateway) {
    return ownedByCluster(tags) && Objects.equals(tags.get(STACK), stackOf(gateway));
  }

  /** Whether a resource with these tags belongs to any stack of this cluster. */
  public boolean ownedByCluster(Map<String, String> tags) {
    return clusterName.equals(tags.get(CLUSTER)) && tags.containsKey(STACK);
  }

  /** The cluster name these tags stand for. */
  public String clusterName() {
    return clusterName;
  }
}
