/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import io.elbgateway.model.meta.ObjectKey;

/**
 * Builds the logical keys of desired ELB resources, so every producer spells them one way. A key is
 * stable across runs and never an ARN; aws-sync stores it in a tag to find the resource again.
 *
 * <table>
 *   <caption>Key formats</caption>
 *   <tr><th>Resource</th><th>Key</th><th>Example</th></tr>
 *   <tr><td>load balancer</td><td>{@code <gateway ns>/<gateway name>}</td>
 *       <td>{@code infra/web}</td></tr>
 *   <tr><td>listener</td><td>{@code <load balancer key>/<PROTOCOL>:<port>}</td>
 *       <td>{@code infra/web/HTTPS:443}</td></tr>
 *   <tr><td>rule</td>
 *       <td>{@code <listener key>/<route kind>/<route ns>/<route name>/<rule>/<match>}
 *           {@code [#<qualifier>]}</td>
 *       <td>{@code infra/web/HTTPS:443/HTTPRoute/shop/cart/0/1}</td></tr>
 *   <tr><td>target group</td>
 *       <td>{@code <load balancer key>/<service ns>/<service name>:<port>[#<qualifier>]}</td>
 *       <td>{@code infra/web/shop/cart:8080}</td></tr>
 * </table>
 *
 * <p>{@code <rule>} is the route rule's {@code name} when it has one, else its index. A qualifier
 * separates resources that would otherwise share a key: rules split from one match (e.g. one per
 * group of hostnames), or target groups of one Service port with different settings (e.g. {@code
 * GRPC}). Parts may not be empty or contain {@code /} or {@code #}; Kubernetes names never do.
 */
public final class ElbKeys {

  private ElbKeys() {}

  /** The load balancer key of a Gateway: {@code <namespace>/<name>}. */
  public static String loadBalancer(ObjectKey gateway) {
    return loadBalancer(gateway.namespace(), gateway.name());
  }

  /** The load balancer key of the Gateway {@code namespace/name}. */
  public static String loadBalancer(String gatewayNamespace, String gatewayName) {
    return part(gatewayNamespace) + "/" + part(gatewayName);
  }

  /** A listener key: {@code <load balancer key>/<PROTOCOL>:<port>}. */
  public static String listener(String loadBalancerKey, Protocol protocol, int port) {
    return loadBalancerKey + "/" + protocol + ":" + port;
  }

  /** A rule key with the route rule's name, or its index as text. */
  public static String rule(
      String listenerKey,
      String routeKind,
      String routeNamespace,
      String routeName,
      String ruleNameOrIndex,
      int matchIndex) {
    return listenerKey
        + "/"
        + part(routeKind)
        + "/"
        + part(routeNamespace)
        + "/"
        + part(routeName)
        + "/"
        + part(ruleNameOrIndex)
        + "/"
        + matchIndex;
  }

  /** A rule key with the route rule's index. */
  public static String rule(
      String listenerKey,
      String routeKind,
      String routeNamespace,
      String routeName,
      int ruleIndex,
      int matchIndex) {
    return rule(
        listenerKey, routeKind, routeNamespace, routeName, Integer.toString(ruleIndex), matchIndex);
  }

  /** A target group key: {@code <load balancer key>/<service ns>/<service name>:<port>}. */
  public static String targetGroup(
      String loadBalancerKey, String serviceNamespace, String serviceName, int port) {
    return loadBalancerKey + "/" + part(serviceNamespace) + "/" + part(serviceName) + ":" + port;
  }

  /** A key with a qualifier appended: {@code <key>#<qualifier>}. */
  public static String qualified(String key, String qualifier) {
    return key + "#" + part(qualifier);
  }

  private static String part(String part) {
    if (part.isEmpty() || part.indexOf('/') >= 0 || part.indexOf('#') >= 0) {
      throw new IllegalArgumentException(
          "a key part may not be empty or contain / or #: \"" + part + "\"");
    }
    return part;
  }
}
