/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import com.google.common.hash.Hashing;
import io.elbgateway.model.elb.ElbKeys;
import io.elbgateway.model.elb.ImmutableTargetGroup;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.ProtocolVersion;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.model.elb.TargetGroupIpAddressType;
import io.elbgateway.model.elb.TargetType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The qualified key of a target group whose plain key ({@code <lb>/<ns>/<service>:<port>}) is taken
 * by a target group of the same Service port with other settings. The qualifier is derived from the
 * target group's own settings, never from the order of registration: the settings that differ
 * from the usual ones, readable ({@code GRPC}, {@code HTTP2}, {@code HTTPS}, {@code instance},
 * {@code ipv6}), and, when those are not enough to tell it apart, 8 hex digits of a hash of every
 * setting but the targets (so that targets coming and going never change a key).
 */
final class TargetGroupKeys {

  private TargetGroupKeys() {}

  static String qualified(String plainKey, TargetGroup group, TargetType defaultTargetType, Predicate<String> taken) {
    List<String> tokens = new ArrayList<>();
    group.protocol().filter(p -> p != Protocol.HTTP).ifPresent(p -> tokens.add(p.toString()));
    group.protocolVersion().filter(v -> v != ProtocolVersion.HTTP1).ifPresent(v -> tokens.add(v.toString()));
    if (group.targetType() != defaultTargetType) {
      tokens.add(group.targetType().toString());
    }
    group.ipAddressType().filter(t -> t == TargetGroupIpAddressType.IPV6).ifPresent(t -> tokens.add(t.toString()));
    String readable = String.join("-", tokens);
    if (!readable.isEmpty() && !taken.test(ElbKeys.qualified(plainKey, readable))) {
      return ElbKeys.qualified(plainKey, readable);
    }
    String hashed = (readable.isEmpty() ? "" : readable + "-") + settingsHash(group);
    String key = ElbKeys.qualified(plainKey, hashed);
    for (int n = 2; taken.test(key); n++) {
      key = ElbKeys.qualified(plainKey, hashed + "-" + n);
    }
    return key;
  }

  private static String settingsHash(TargetGroup group) {
    ImmutableTargetGroup settings = ImmutableTargetGroup.copyOf(group).withKey("").withTargets(List.of());
    return Hashing.sha256()
        .hashString(settings.toString(), StandardCharsets.UTF_8)
        .toString()
        .substring(0, 8)
        .toLowerCase(Locale.ROOT);
  }
}
