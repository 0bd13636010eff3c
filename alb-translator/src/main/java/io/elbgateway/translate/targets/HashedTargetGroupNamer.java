/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.translate.spi.TargetGroupNamer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Names target groups {@code k8s-<service namespace, 8>-<service name, 8>-<hash, 10>}: the
 * Service's namespace and name lowercased with every character but letters and digits removed and
 * cut to 8 characters, then 10 base-36 characters of a SHA-256 over the cluster name, the target
 * group's key (which names the Gateway, the Service and its port, and a qualifier where one Service
 * port has several target groups) and every setting that cannot change without replacing the target
 * group (protocol, protocol version, port, target type, IP address type, target control port). At
 * most 32 characters, letters, digits and hyphens, never starting or ending with a hyphen: a valid
 * ELB name. Health check, attributes, tags and targets are left out, so changing them modifies the
 * target group in place instead of replacing it. A name the TargetGroupConfiguration sets ({@code
 * targetGroupName}) is used as it is (the registry never asks the namer then).
 */
public final class HashedTargetGroupNamer implements TargetGroupNamer {

  private static final int PART = 8;
  private static final int HASH = 10;
  private static final long HASH_RANGE = pow36(HASH);

  @Override
  public String name(TargetGroup withoutName, String clusterName) {
    if (!withoutName.name().isEmpty()) {
      return withoutName.name();
    }
    String key = withoutName.key();
    String[] parts = key.split("/", -1);
    String namespace = parts.length >= 4 ? parts[2] : "";
    String service = parts.length >= 4 ? parts[3] : parts[parts.length - 1];
    int cut = service.indexOf(':');
    service = cut >= 0 ? service.substring(0, cut) : service;
    return "k8s-" + clean(namespace) + "-" + clean(service) + "-" + hash(withoutName, clusterName);
  }

  private static String clean(String part) {
    String lower = part.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return lower.length() > PART ? lower.substring(0, PART) : lower;
  }

  private static String hash(TargetGroup group, String clusterName) {
    Hasher hasher = Hashing.sha256().newHasher();
    for (String field :
        new String[] {
          clusterName,
          group.key(),
          group.protocol().map(Object::toString).orElse(""),
          group.protocolVersion().map(Object::toString).orElse(""),
          group.port().map(Object::toString).orElse(""),
          group.targetType().toString(),
          group.ipAddressType().map(Object::toString).orElse(""),
          group.targetControlPort().map(Object::toString).orElse("")
        }) {
      hasher.putInt(field.length()).putString(field, StandardCharsets.UTF_8);
    }
    long value = Long.remainderUnsigned(hasher.hash().asLong(), HASH_RANGE);
    StringBuilder text = new StringBuilder(Long.toString(value, 36));
    while (text.length() < HASH) {
      text.insert(0, '0');
    }
    return text.toString();
  }

  private static long pow36(int exponent) {
    long result = 1;
    for (int i = 0; i < exponent; i++) {
      result *= 36;
    }
    return result;
  }
}
