/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.aws.Attribute;
import io.elbgateway.model.aws.ListenerConfiguration;
import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.aws.MinimumLoadBalancerCapacity;
import io.elbgateway.model.aws.SubnetConfiguration;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LoadBalancerConfigurationMergeTest {

  private static final LoadBalancerConfigurationSpec EMPTY = LoadBalancerConfigurationSpec.builder().build();

  /** Every field of the spec: its abstract accessors. */
  private static List<Method> fields() {
    return Arrays.stream(LoadBalancerConfigurationSpec.class.getDeclaredMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
        .sorted((a, b) -> a.getName().compareTo(b.getName()))
        .collect(Collectors.toList());
  }

  private static Object value(Method field, LoadBalancerConfigurationSpec spec) {
    try {
      return field.invoke(spec);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean isSet(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).isPresent();
    }
    if (value instanceof Collection) {
      return !((Collection<?>) value).isEmpty();
    }
    if (value instanceof Map) {
      return !((Map<?, ?>) value).isEmpty();
    }
    return true;
  }

  @Test
  void theFixturesSetEveryFieldSoThatTheOtherTestsSeeANewOne() {
    assertThat(fields()).hasSizeGreaterThanOrEqualTo(22);
    for (Method field : fields()) {
      assertThat(isSet(value(field, LbFixtures.fullA()))).as("fullA sets %s", field.getName()).isTrue();
      assertThat(isSet(value(field, LbFixtures.fullB()))).as("fullB sets %s", field.getName()).isTrue();
    }
  }

  @Test
  void everyFieldOfTheLowPrioritySideSurvivesUnderAnEmptyHighPrioritySide() {
    LoadBalancerConfigurationSpec merged = LoadBalancerConfigurationMerge.merge(EMPTY, LbFixtures.fullA());
    for (Method field : fields()) {
      assertThat(value(field, merged)).as(field.getName()).isEqualTo(value(field, LbFixtures.fullA()));
    }
    assertThat(merged).isEqualTo(LbFixtures.fullA());
  }

  @Test
  void everyFieldOfTheHighPrioritySideSurvivesOverAnEmptyLowPrioritySide() {
    LoadBalancerConfigurationSpec merged = LoadBalancerConfigurationMerge.merge(LbFixtures.fullA(), EMPTY);
    for (Method field : fields()) {
      assertThat(value(field, merged)).as(field.getName()).isEqualTo(value(field, LbFixtures.fullA()));
    }
  }

  @Test
  void everyOptionalFieldTakesTheHighPriorityValueWhenBothAreSet() {
    LoadBalancerConfigurationSpec merged =
        LoadBalancerConfigurationMerge.merge(LbFixtures.fullA(), LbFixtures.fullB());
    for (Method field : fields()) {
      if (field.getReturnType() == Optional.class) {
        assertThat(value(field, merged)).as(field.getName()).isEqualTo(value(field, LbFixtures.fullA()));
        assertThat(value(field, merged)).as(field.getName()).isNotEqualTo(value(field, LbFixtures.fullB()));
      }
    }
    LoadBalancerConfigurationSpec reversed =
        LoadBalancerConfigurationMerge.merge(LbFixtures.fullB(), LbFixtures.fullA());
    for (Method field : fields()) {
      if (field.getReturnType() == Optional.class) {
        assertThat(value(field, reversed)).as(field.getName()).isEqualTo(value(field, LbFixtures.fullB()));
      }
    }
  }

  @Test
  void minimumCapacityAndDefaultTargetGroupConfigurationSurviveAMerge() {
    LoadBalancerConfigurationSpec low =
        LoadBalancerConfigurationSpec.builder()
            .minimumLoadBalancerCapacity(MinimumLoadBalancerCapacity.builder().capacityUnits(42).build())
            .defaultTargetGroupConfiguration(LbFixtures.fullA().defaultTargetGroupConfiguration())
            .build();
    LoadBalancerConfigurationSpec high = LoadBalancerConfigurationSpec.builder().loadBalancerName("x").build();
    LoadBalancerConfigurationSpec merged = LoadBalancerConfigurationMerge.merge(high, low);
    assertThat(merged.minimumLoadBalancerCapacity()).map(MinimumLoadBalancerCapacity::capacityUnits).contains(42);
    assertThat(merged.defaultTargetGroupConfiguration()).isEqualTo(LbFixtures.fullA().defaultTargetGroupConfiguration());
  }

  @Test
  void tagsAndAttributesAreKeyWiseUnionsWhereTheHighPrioritySideWins() {
    LoadBalancerConfigurationSpec merged =
        LoadBalancerConfigurationMerge.merge(LbFixtures.fullA(), LbFixtures.fullB());
    assertThat(merged.tags()).isEqualTo(Map.of("owner", "a", "cost-center", "b"));
    assertThat(merged.loadBalancerAttributes())
        .containsExactly(
            Attribute.of("deletion_protection.enabled", "true"), Attribute.of("idle_timeout.timeout_seconds", "120"));
  }

  @Test
  void listenerConfigurationsAreUnitedByProtocolPortIgnoringCaseAndSorted() {
    LoadBalancerConfigurationSpec merged =
        LoadBalancerConfigurationMerge.merge(LbFixtures.fullA(), LbFixtures.fullB());
    assertThat(merged.listenerConfigurations())
        .extracting(ListenerConfiguration::protocolPort)
        .containsExactly("HTTP:80", "HTTPS:443", "HTTPS:8443");
    assertThat(merged.listenerConfigurations().get(1).defaultCertificate()).contains("arn:a");
    LoadBalancerConfigurationSpec reversed =
        LoadBalancerConfigurationMerge.merge(LbFixtures.fullB(), LbFixtures.fullA());
    assertThat(reversed.listenerConfigurations())
        .extracting(ListenerConfiguration::protocolPort)
        .containsExactly("HTTP:80", "https:443", "HTTPS:8443");
    assertThat(reversed.listenerConfigurations().get(1).defaultCertificate()).contains("arn:b");
  }

  @Test
  void aListSetToEmptyOnTheHighPrioritySideStillWins() {
    LoadBalancerConfigurationSpec high =
        LoadBalancerConfigurationSpec.builder()
            .loadBalancerSubnets(List.<SubnetConfiguration>of())
            .securityGroups(List.<String>of())
            .build();
    LoadBalancerConfigurationSpec merged = LoadBalancerConfigurationMerge.merge(high, LbFixtures.fullA());
    assertThat(merged.loadBalancerSubnets()).contains(List.of());
    assertThat(merged.securityGroups()).contains(List.of());
    assertThat(merged.sourceRanges()).isEqualTo(LbFixtures.fullA().sourceRanges());
  }
}
