/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.util.Locale;

/**
 * Derives the ELB name of a Gateway's load balancer when its configuration names none.
 *
 * <p>ELB names are at most 32 characters of letters, digits and hyphens, must not start or end with
 * a hyphen, must not start with {@code internal-}, and are unique per account and Region. AWS has no
 * rename, so the name is a pure function of what identifies the load balancer: the cluster, the
 * Gateway's namespace, name and UID, and the scheme (a scheme change replaces the load balancer,
 * and the new one must not collide with the old). The readable part helps a person find it in the
 * console; the hash keeps it unique.
 */
public final class LoadBalancerNames {

  /** The most characters ELB allows in a load balancer name. */
  public static final int MAX_LENGTH = 32;

  private LoadBalancerNames() {}

  /**
   * {@code k8s-<namespace, 8>-<name, 8>-<hash, 10>}, lowercase, non-alphanumerics removed from the
   * readable parts.
   *
   * @param uid the Gateway's UID; empty when unknown (manifests read from files)
   */
  public static String derive(
      String clusterName, String namespace, String name, String uid, String scheme) {
    Hasher hasher = Hashing.sha256().newHasher();
    for (String part : new String[] {clusterName, namespace, name, uid, scheme}) {
      hasher.putInt(part.length()).putString(part, UTF_8);
    }
    String hash = hasher.hash().toString().substring(0, 10);
    return "k8s-" + readable(namespace) + "-" + readable(name) + "-" + hash;
  }

  /** Whether {@code name} is a name ELB accepts for a load balancer. */
  public static boolean isValid(String name) {
    return !name.isEmpty()
        && name.length() <= MAX_LENGTH
        && name.matches("[A-Za-z0-9-]+")
        && !name.startsWith("-")
        && !name.endsWith("-")
        && !name.toLowerCase(Locale.ROOT).startsWith("internal-");
  }

  private static String readable(String part) {
    String cleaned = part.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return cleaned.length() > 8 ? cleaned.substring(0, 8) : cleaned;
  }
}
