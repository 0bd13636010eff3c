/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.aws;

import com.google.common.hash.Hashing;
import io.elbgateway.model.meta.ObjectKey;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

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

  /** Whether elbgateway associated the web ACL of a load balancer (value {@code true}). */
  public static final String WEB_ACL = "elbgateway.io/web-acl";

  /** What a tag value may hold (ELBv2 tag pattern) and how long it may be. */
  private static final Pattern TAG_VALUE = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

  private static final int MAX_TAG_VALUE = 256;

  /** The prefix of a hashed value; no Kubernetes name holds a colon, so no key starts with it. */
  private static final String HASHED = "sha256:";

  /**
   * The stack value of a Gateway: {@code namespace/name}, or its hash when that would not fit a tag
   * value.
   */
  public static String stackOf(ObjectKey gateway) {
    return tagValue(gateway.namespace() + "/" + gateway.name());
  }

  /**
   * The tag value that stands for a logical key: the key itself when ELBv2 accepts it as a tag value
   * (at most 256 letters, digits, spaces and {@code _.:/=+-@}), else {@code sha256:} and the first
   * 32 hex digits of its SHA-256. Keys with a {@code #} qualifier or very long names take the second
   * form; both are deterministic, so the next run finds the resource again.
   */
  public static String tagValue(String logicalKey) {
    if (logicalKey.length() <= MAX_TAG_VALUE && TAG_VALUE.matcher(logicalKey).matches()) {
      return logicalKey;
    }
    return HASHED
        + Hashing.sha256().hashString(logicalKey, StandardCharsets.UTF_8).toString().substring(0, 32);
  }

  /** The Gateway a stack tag value names, unless it is hashed or malformed. */
  public static Optional<ObjectKey> gatewayOf(String stackValue) {
    int slash = stackValue.indexOf('/');
    if (stackValue.startsWith(HASHED) || slash <= 0 || slash == stackValue.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(
        ObjectKey.of(
            "gateway.networking.k8s.io",
            "Gateway",
            stackValue.substring(0, slash),
            stackValue.substring(slash + 1)));
  }

  /**
   * The tags to create a resource with: the user's tags, then the three ownership tags, which win
   * over a user tag of the same key (a user cannot make a resource look like another stack's).
   */
  public Map<String, String> forResource(
      ObjectKey gateway, String logicalKey, Map<String, String> userTags) {
    return forResource(stackOf(gateway), logicalKey, userTags);
  }

  /** {@link #forResource(ObjectKey, String, Map)} with the stack tag value given. */
  public Map<String, String> forResource(
      String stack, String logicalKey, Map<String, String> userTags) {
    Map<String, String> tags = new LinkedHashMap<>();
    userTags.forEach((k, v) -> {
      if (!reserved(k)) {
        tags.put(k, v);
      }
    });
    tags.put(CLUSTER, clusterName);
    tags.put(STACK, stack);
    tags.put(RESOURCE, tagValue(logicalKey));
    return tags;
  }

  /** Whether a resource with these tags belongs to this cluster and the given Gateway's stack. */
  public boolean ownedBy(Map<String, String> tags, ObjectKey gateway) {
    return ownedByCluster(tags) && Objects.equals(tags.get(STACK), stackOf(gateway));
  }

  /** Whether a tag key is one of elbgateway's own, which user tags never set or remove. */
  public static boolean reserved(String tagKey) {
    return tagKey.equals(CLUSTER) || tagKey.equals(STACK) || tagKey.equals(RESOURCE) || tagKey.equals(WEB_ACL);
  }

  /** Whether a resource with these tags is the resource with this logical key. */
  public static boolean isResource(Map<String, String> tags, String logicalKey) {
    return tagValue(logicalKey).equals(tags.get(RESOURCE));
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
