/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import io.elbgateway.model.gateway.GatewayInfrastructure;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.GatewayContext;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tags of a Gateway's load balancer and listeners: the Gateway's {@code
 * spec.infrastructure.labels} (which the Gateway API says SHOULD be applied to resources created for
 * the Gateway), overlaid by the configuration's {@code tags}: on the same key the configuration
 * wins, since it is the AWS-specific, more deliberate setting. Keys starting with {@code aws:} are
 * reserved by AWS, which refuses them: they are reported and left out. Sorted by key.
 */
final class ResourceTags {

  private ResourceTags() {}

  static Map<String, String> of(GatewayContext context, ConfigurationOwners owners) {
    Map<String, String> tags = new TreeMap<>();
    context.gateway().spec().infrastructure().map(GatewayInfrastructure::labels).ifPresent(tags::putAll);
    tags.putAll(context.loadBalancerConfiguration().tags());
    tags.keySet()
        .removeIf(
            key -> {
              boolean reserved = key.toLowerCase(Locale.ROOT).startsWith("aws:");
              if (reserved) {
                boolean fromConfig = context.loadBalancerConfiguration().tags().containsKey(key);
                String message = "tag key \"" + key + "\" uses the prefix aws:, which AWS reserves; it is not applied";
                if (fromConfig) {
                  owners.report(s -> s.tags().containsKey(key), ".spec.tags", message);
                } else {
                  context
                      .statuses()
                      .deviation(context.gateway(), ".spec.infrastructure.labels", DeviationCode.OTHER, message);
                }
              }
              return reserved;
            });
    return tags;
  }
}
