/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import io.elbgateway.model.elb.ElbKeys;
import io.elbgateway.model.elb.ImmutableTargetGroup;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.TargetDescription;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.model.elb.TargetGroupIpAddressType;
import io.elbgateway.model.elb.TargetType;
import io.elbgateway.model.gateway.BackendRef;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.GatewayApiKinds;
import io.elbgateway.model.gateway.GatewayClass;
import io.elbgateway.model.gateway.ProtocolType;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.translate.spi.BackendContext;
import io.elbgateway.translate.spi.BackendResolution;
import io.elbgateway.translate.spi.BackendResolver;
import io.elbgateway.translate.status.Reasons;
import java.util.Optional;

/**
 * Resolves a backendRef to a {@code Gateway} (group {@code gateway.networking.k8s.io}) behind a
 * Network Load Balancer listener: an ALB Gateway of this controller, registered as the single
 * target of an {@code alb} target group.
 *
 * <ul>
 *   <li>The Gateway is in the backendRef's namespace (the route's when unset); another namespace
 *       needs a ReferenceGrant there to kind {@code Gateway}, else {@code RefNotPermitted}.
 *   <li>{@code port} is required and must be the port of an HTTP or HTTPS listener of that Gateway
 *       (AWS needs the ALB to listen on the target group's port), else {@code BackendNotFound}; a
 *       missing Gateway is {@code BackendNotFound}; a Gateway whose GatewayClass is not one of this
 *       translator's ALB controller names is {@code InvalidKind}.
 *   <li>Only a TCP listener forwards to an {@code alb} target group, else {@code UnsupportedProtocol}.
 *   <li>Target group: protocol TCP, the port, target type {@code alb}, one target whose id is the ALB
 *       Gateway's load balancer key (aws-sync resolves it to the ALB's ARN), health check HTTP on the
 *       traffic port ({@link NlbHealthChecks}). Its key is the Service-style key qualified with
 *       {@code gateway}, so that it never meets a Service's of the same name.
 * </ul>
 *
 * <p>Used by the Network Load Balancer path only; an ALB Gateway still refuses Gateway backends
 * with {@code InvalidKind}.
 */
public final class GatewayBackends implements BackendResolver {

  @Override
  public String group() {
    return GatewayApiKinds.GROUP;
  }

  @Override
  public String kind() {
    return "Gateway";
  }

  @Override
  public BackendResolution resolve(BackendRef ref, String path, BackendContext context) {
    Route route = context.route();
    String routeNamespace = route.metadata().namespace().orElse("");
    String namespace = ref.namespace().orElse(routeNamespace);
    String display = "Gateway " + namespace + "/" + ref.name();
    ObjectKey target = ObjectKey.of(GatewayApiKinds.GROUP, "Gateway", namespace, ref.name());
    if (!namespace.equals(routeNamespace)
        && context.snapshot().referenceGrantsIn(namespace).stream().noneMatch(g -> g.permits(route.key(), target))) {
      return BackendResolution.invalid(
          Reasons.REF_NOT_PERMITTED,
          path + ": " + display + " is in another namespace and no ReferenceGrant in namespace " + namespace
              + " allows it; add one there with from {group: " + GatewayApiKinds.GROUP + ", kind: " + route.kind()
              + ", namespace: " + routeNamespace + "} and to {group: " + GatewayApiKinds.GROUP + ", kind: Gateway}");
    }
    if (ref.port().isEmpty()) {
      return BackendResolution.invalid(
          Reasons.BACKEND_NOT_FOUND, path + ".port: a Gateway backend needs the port of one of the ALB Gateway's listeners");
    }
    int port = ref.port().get();
    Optional<Gateway> found = context.snapshot().get(Gateway.class, namespace, ref.name());
    if (found.isEmpty()) {
      return BackendResolution.invalid(Reasons.BACKEND_NOT_FOUND, path + ": " + display + " does not exist");
    }
    Gateway gateway = found.get();
    Optional<String> controller =
        context.snapshot().gatewayClass(gateway.spec().gatewayClassName()).map(GatewayClass::spec).map(s -> s.controllerName());
    if (controller.isEmpty() || !context.options().controllerNames().contains(controller.get())) {
      return BackendResolution.invalid(
          Reasons.INVALID_KIND,
          path + ": " + display + " is not an ALB Gateway of this controller (its GatewayClass "
              + gateway.spec().gatewayClassName() + " has controllerName " + controller.orElse("(none: no such GatewayClass)")
              + "); a Network Load Balancer forwards to Application Load Balancers only");
    }
    boolean listens =
        gateway.spec().listeners().stream()
            .anyMatch(l -> l.port() == port
                && (ProtocolType.matches(l.protocol(), ProtocolType.HTTP) || ProtocolType.matches(l.protocol(), ProtocolType.HTTPS)));
    if (!listens) {
      return BackendResolution.invalid(
          Reasons.BACKEND_NOT_FOUND,
          path + ".port: " + display + " has no HTTP or HTTPS listener on port " + port
              + ", and the ALB must listen on the port the NLB forwards to");
    }
    if (context.listenerProtocol() != Protocol.TCP) {
      return BackendResolution.invalid(
          Reasons.UNSUPPORTED_PROTOCOL,
          path + ": an Application Load Balancer can be the target of a TCP listener only (this listener is "
              + context.listenerProtocol() + "); attach the route to a TCP listener");
    }
    String loadBalancerKey = ElbKeys.loadBalancer(context.gateway().key());
    ImmutableTargetGroup.Builder group =
        TargetGroup.builder()
            .key(ElbKeys.qualified(ElbKeys.targetGroup(loadBalancerKey, namespace, ref.name(), port), "gateway"))
            .name("")
            .protocol(Protocol.TCP)
            .port(port)
            .targetType(TargetType.ALB)
            .ipAddressType(TargetGroupIpAddressType.IPV4)
            .addTargets(TargetDescription.of(ElbKeys.loadBalancer(gateway.key()), port));
    NlbHealthChecks.apply(group, Optional.empty(), Optional.empty(), true, name -> Optional.empty());
    return BackendResolution.servedBy(context.register(group.build()));
  }
}
