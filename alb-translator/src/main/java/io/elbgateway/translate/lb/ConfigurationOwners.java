/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import io.elbgateway.model.aws.ListenerConfiguration;
import io.elbgateway.model.aws.LoadBalancerConfiguration;
import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.GatewayContext;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which LoadBalancerConfiguration set a field of the merged configuration, so that a diagnostic
 * names the object a person has to edit: the highest-priority configuration that sets it (the one
 * whose value won the merge), else the Gateway itself.
 */
final class ConfigurationOwners {

  private final GatewayContext context;
  private final List<LoadBalancerConfiguration> levels;

  ConfigurationOwners(GatewayContext context) {
    this.context = context;
    this.levels =
        LoadBalancerConfigurations.prioritized(context.snapshot(), context.gatewayClass(), context.gateway());
  }

  /** The object whose value of a field won the merge. */
  KubernetesObject ownerOf(Predicate<LoadBalancerConfigurationSpec> sets) {
    return levels.stream()
        .filter(c -> sets.test(c.spec()))
        .<KubernetesObject>map(c -> c)
        .findFirst()
        .orElse(context.gateway());
  }

  /** Reports a field of the configuration as a diagnostic on the object that set it. */
  void report(Predicate<LoadBalancerConfigurationSpec> sets, String path, String message) {
    context.statuses().deviation(ownerOf(sets), path, DeviationCode.OTHER, message);
  }

  /**
   * Reports a field of a listener configuration entry on the object that holds the entry (matched by
   * {@code protocolPort} ignoring case), with the entry's index there:
   * {@code .spec.listenerConfigurations[<i>]<suffix>}.
   */
  void reportListener(ListenerConfiguration entry, String suffix, String message) {
    String key = LoadBalancerConfigurationMerge.listenerKey(entry);
    for (LoadBalancerConfiguration level : levels) {
      List<ListenerConfiguration> entries = level.spec().listenerConfigurations();
      for (int i = 0; i < entries.size(); i++) {
        if (LoadBalancerConfigurationMerge.listenerKey(entries.get(i)).equals(key)) {
          context
              .statuses()
              .deviation(level, ".spec.listenerConfigurations[" + i + "]" + suffix, DeviationCode.OTHER, message);
          return;
        }
      }
    }
    context
        .statuses()
        .deviation(
            context.gateway(),
            ".spec.listenerConfigurations[protocolPort=" + entry.protocolPort() + "]" + suffix,
            DeviationCode.OTHER,
            message);
  }
}
