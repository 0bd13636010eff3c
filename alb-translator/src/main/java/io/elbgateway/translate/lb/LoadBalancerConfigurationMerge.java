/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import io.elbgateway.model.aws.Attribute;
import io.elbgateway.model.aws.ListenerConfiguration;
import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Merges two LoadBalancerConfigurations field by field: the one place that lists every field of
 * {@link LoadBalancerConfigurationSpec} (a test fails when a field is added but not merged here).
 *
 * <p>Rules (the reference controller's, {@code lbc-gateway.md} §2.1.3, plus the fields it loses):
 *
 * <ul>
 *   <li>Optional fields, including optional lists and maps: the high-priority value when set (even
 *       to an empty list), else the low-priority one. This covers {@code minimumLoadBalancerCapacity}
 *       and {@code defaultTargetGroupConfiguration}.
 *   <li>{@code tags}: key-wise union, the high-priority value wins on equal keys.
 *   <li>{@code loadBalancerAttributes}: key-wise union, the high-priority value wins; sorted by key.
 *   <li>{@code listenerConfigurations}: union by {@code protocolPort} compared ignoring case, the
 *       high-priority entry wins whole (entries are not merged field by field); sorted by the
 *       upper-cased {@code protocolPort}.
 * </ul>
 */
final class LoadBalancerConfigurationMerge {

  private LoadBalancerConfigurationMerge() {}

  /** {@code high} merged over {@code low}. */
  static LoadBalancerConfigurationSpec merge(
      LoadBalancerConfigurationSpec high, LoadBalancerConfigurationSpec low) {
    return LoadBalancerConfigurationSpec.builder()
        .mergingMode(pick(high.mergingMode(), low.mergingMode()))
        .loadBalancerName(pick(high.loadBalancerName(), low.loadBalancerName()))
        .scheme(pick(high.scheme(), low.scheme()))
        .ipAddressType(pick(high.ipAddressType(), low.ipAddressType()))
        .enforceSecurityGroupInboundRulesOnPrivateLinkTraffic(
            pick(
                high.enforceSecurityGroupInboundRulesOnPrivateLinkTraffic(),
                low.enforceSecurityGroupInboundRulesOnPrivateLinkTraffic()))
        .customerOwnedIpv4Pool(pick(high.customerOwnedIpv4Pool(), low.customerOwnedIpv4Pool()))
        .ipv4IPAMPoolId(pick(high.ipv4IPAMPoolId(), low.ipv4IPAMPoolId()))
        .loadBalancerSubnets(pick(high.loadBalancerSubnets(), low.loadBalancerSubnets()))
        .loadBalancerSubnetsSelector(
            pick(high.loadBalancerSubnetsSelector(), low.loadBalancerSubnetsSelector()))
        .listenerConfigurations(
            listenerConfigurations(high.listenerConfigurations(), low.listenerConfigurations()))
        .disableSecurityGroup(pick(high.disableSecurityGroup(), low.disableSecurityGroup()))
        .securityGroups(pick(high.securityGroups(), low.securityGroups()))
        .securityGroupPrefixes(pick(high.securityGroupPrefixes(), low.securityGroupPrefixes()))
        .sourceRanges(pick(high.sourceRanges(), low.sourceRanges()))
        .loadBalancerAttributes(attributes(high.loadBalancerAttributes(), low.loadBalancerAttributes()))
        .tags(tags(high.tags(), low.tags()))
        .enableICMP(pick(high.enableICMP(), low.enableICMP()))
        .manageBackendSecurityGroupRules(
            pick(high.manageBackendSecurityGroupRules(), low.manageBackendSecurityGroupRules()))
        .minimumLoadBalancerCapacity(
            pick(high.minimumLoadBalancerCapacity(), low.minimumLoadBalancerCapacity()))
        .wafV2(pick(high.wafV2(), low.wafV2()))
        .shieldConfiguration(pick(high.shieldConfiguration(), low.shieldConfiguration()))
        .defaultTargetGroupConfiguration(
            pick(high.defaultTargetGroupConfiguration(), low.defaultTargetGroupConfiguration()))
        .build();
  }

  /** The normalized key of a listener configuration: its {@code protocolPort}, upper-cased. */
  static String listenerKey(ListenerConfiguration configuration) {
    return configuration.protocolPort().toUpperCase(Locale.ROOT);
  }

  private static <T> Optional<T> pick(Optional<T> high, Optional<T> low) {
    return high.isPresent() ? high : low;
  }

  private static Map<String, String> tags(Map<String, String> high, Map<String, String> low) {
    Map<String, String> merged = new TreeMap<>(low);
    merged.putAll(high);
    return merged;
  }

  private static List<Attribute> attributes(List<Attribute> high, List<Attribute> low) {
    Map<String, Attribute> merged = new TreeMap<>();
    low.forEach(a -> merged.put(a.key(), a));
    high.forEach(a -> merged.put(a.key(), a));
    return new ArrayList<>(merged.values());
  }

  private static List<ListenerConfiguration> listenerConfigurations(
      List<ListenerConfiguration> high, List<ListenerConfiguration> low) {
    Map<String, ListenerConfiguration> merged = new TreeMap<>();
    // Within one side, the first entry for a key wins (as Listeners does when matching).
    Map<String, ListenerConfiguration> lowByKey = new LinkedHashMap<>();
    low.forEach(c -> lowByKey.putIfAbsent(listenerKey(c), c));
    Map<String, ListenerConfiguration> highByKey = new LinkedHashMap<>();
    high.forEach(c -> highByKey.putIfAbsent(listenerKey(c), c));
    merged.putAll(lowByKey);
    merged.putAll(highByKey);
    return new ArrayList<>(merged.values());
  }
}
