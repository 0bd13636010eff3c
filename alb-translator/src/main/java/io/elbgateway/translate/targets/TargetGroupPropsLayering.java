/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import io.elbgateway.model.aws.Attribute;
import io.elbgateway.model.aws.ImmutableTargetGroupProps;
import io.elbgateway.model.aws.RouteConfiguration;
import io.elbgateway.model.aws.RouteIdentifier;
import io.elbgateway.model.aws.TargetGroupConfigurationSpec;
import io.elbgateway.model.aws.TargetGroupProps;
import io.elbgateway.model.gateway.Route;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Layers TargetGroupConfiguration properties ({@code lbc-gateway.md} §2.2.3-2.2.4): a
 * configuration's {@code routeConfigurations} entry for the route over its {@code
 * defaultConfiguration}, and one layer over another, field by field: a field the higher layer sets
 * wins, {@code healthCheckConfig} as a whole, {@code tags} and {@code targetGroupAttributes} key by
 * key.
 */
final class TargetGroupPropsLayering {

  private TargetGroupPropsLayering() {}

  /**
   * The properties of {@code spec} for {@code route}: the {@code routeConfigurations} entry that
   * names the route's kind, namespace and name wins; else the entry naming kind and namespace
   * (without name); else the entry naming only the kind. An entry with a field that does not match
   * the route is never used. The first of equally specific entries wins.
   */
  static TargetGroupProps forRoute(TargetGroupConfigurationSpec spec, Route route) {
    TargetGroupProps defaults = spec.defaultConfiguration().orElse(TargetGroupProps.builder().build());
    return routeSpecific(spec, route).map(p -> over(p, defaults)).orElse(defaults);
  }

  static Optional<TargetGroupProps> routeSpecific(TargetGroupConfigurationSpec spec, Route route) {
    String kind = route.kind();
    String namespace = route.metadata().namespace().orElse("");
    String name = route.metadata().name();
    TargetGroupProps best = null;
    int bestRank = 0;
    for (RouteConfiguration entry : spec.routeConfigurations()) {
      RouteIdentifier id = entry.routeIdentifier();
      boolean kindEquals = id.kind().orElse("").equals(kind);
      boolean namespaceEquals = id.namespace().orElse("").equals(namespace);
      boolean hasName = id.name().filter(n -> !n.isEmpty()).isPresent();
      boolean hasNamespace = id.namespace().filter(n -> !n.isEmpty()).isPresent();
      int rank = 0;
      if (kindEquals && namespaceEquals && id.name().orElse("").equals(name)) {
        rank = 3;
      } else if (!hasName && kindEquals && namespaceEquals) {
        rank = 2;
      } else if (!hasName && !hasNamespace && kindEquals) {
        rank = 1;
      }
      if (rank > bestRank) {
        best = entry.targetGroupProps();
        bestRank = rank;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code high} over {@code low}, field by field. */
  static TargetGroupProps over(TargetGroupProps high, TargetGroupProps low) {
    ImmutableTargetGroupProps.Builder merged = TargetGroupProps.builder();
    merged.targetGroupName(high.targetGroupName().or(low::targetGroupName));
    merged.ipAddressType(high.ipAddressType().or(low::ipAddressType));
    merged.healthCheckConfig(high.healthCheckConfig().or(low::healthCheckConfig));
    merged.nodeSelector(high.nodeSelector().or(low::nodeSelector));
    merged.targetType(high.targetType().or(low::targetType));
    merged.protocol(high.protocol().or(low::protocol));
    merged.protocolVersion(high.protocolVersion().or(low::protocolVersion));
    merged.targetControlPort(high.targetControlPort().or(low::targetControlPort));
    merged.enableMultiCluster(high.enableMultiCluster().or(low::enableMultiCluster));
    Map<String, String> tags = new TreeMap<>(low.tags());
    tags.putAll(high.tags());
    merged.tags(tags);
    Map<String, String> attributes = new LinkedHashMap<>(attributes(low));
    attributes.putAll(attributes(high));
    new TreeMap<>(attributes).forEach((k, v) -> merged.addTargetGroupAttributes(Attribute.of(k, v)));
    return merged.build();
  }

  /** The attributes as a map; of repeated keys the last wins. */
  static Map<String, String> attributes(TargetGroupProps props) {
    Map<String, String> map = new TreeMap<>();
    props.targetGroupAttributes().forEach(a -> map.put(a.key(), a.value()));
    return map;
  }
}
