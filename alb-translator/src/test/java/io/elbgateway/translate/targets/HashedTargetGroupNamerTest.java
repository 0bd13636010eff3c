/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.ElbKeys;
import io.elbgateway.model.elb.ImmutableTargetGroup;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.ProtocolVersion;
import io.elbgateway.model.elb.TargetDescription;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.model.elb.TargetType;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HashedTargetGroupNamerTest {

  private static final Pattern VALID = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$");
  private final HashedTargetGroupNamer namer = new HashedTargetGroupNamer();

  private static ImmutableTargetGroup group(String key) {
    return TargetGroup.builder()
        .key(key).name("").protocol(Protocol.HTTP).protocolVersion(ProtocolVersion.HTTP1).port(8080).targetType(TargetType.IP).build();
  }

  @Test
  void nameShowsServiceNamespaceAndName() {
    String name = namer.name(group("kube-system/aws-alb-gateway/My_Web.Apps/my-web-frontend:80"), "prod");
    assertThat(name).startsWith("k8s-mywebapp-mywebfro-").hasSize(32).matches(VALID);
  }

  @Test
  void aConfiguredNameWins() {
    assertThat(namer.name(group("a/b/c/d:1").withName("chosen"), "prod")).isEqualTo("chosen");
  }

  @Test
  void immutableSettingsChangeTheNameAndHealthChecksAndTargetsDoNot() {
    ImmutableTargetGroup base = group("infra/gw/apps/web:80");
    String name = namer.name(base, "prod");
    assertThat(namer.name(base, "other")).isNotEqualTo(name);
    assertThat(namer.name(base.withKey("infra/gw2/apps/web:80"), "prod")).isNotEqualTo(name);
    assertThat(namer.name(base.withProtocolVersion(ProtocolVersion.GRPC), "prod")).isNotEqualTo(name);
    assertThat(namer.name(base.withPort(8081), "prod")).isNotEqualTo(name);
    assertThat(namer.name(base.withTargetType(TargetType.INSTANCE), "prod")).isNotEqualTo(name);
    assertThat(namer.name(base.withHealthCheckPath("/other"), "prod")).isEqualTo(name);
    assertThat(namer.name(base.withTargets(TargetDescription.of("10.0.0.1", 8080)), "prod")).isEqualTo(name);
  }

  @Test
  void randomInputsGiveValidCollisionFreeNames() {
    Random random = new Random(20261126L);
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-.";
    Map<String, TargetGroup> seen = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      String key =
          ElbKeys.targetGroup(
              ElbKeys.loadBalancer(word(random, alphabet), word(random, alphabet)),
              word(random, alphabet), word(random, alphabet), 1 + random.nextInt(65535));
      if (random.nextBoolean()) {
        key = ElbKeys.qualified(key, "GRPC");
      }
      TargetGroup group = group(key).withPort(1 + random.nextInt(65535))
          .withTargetType(random.nextBoolean() ? TargetType.IP : TargetType.INSTANCE);
      String name = namer.name(group, "cluster-" + random.nextInt(3));
      assertThat(name).hasSizeLessThanOrEqualTo(32).matches(VALID);
      TargetGroup earlier = seen.put(name, group);
      assertThat(earlier == null || earlier.equals(group)).as("collision on %s", name).isTrue();
    }
  }

  private static String word(Random random, String alphabet) {
    int length = 1 + random.nextInt(30);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
