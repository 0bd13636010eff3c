/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import io.elbgateway.model.aws.TargetGroupProps;
import io.elbgateway.model.core.Service;
import io.elbgateway.model.core.ServicePort;
import io.elbgateway.model.elb.TargetGroupIpAddressType;
import io.elbgateway.model.elb.TargetType;
import io.elbgateway.translate.spi.BackendContext;
import io.elbgateway.translate.spi.BackendResolution;
import io.elbgateway.translate.status.Reasons;
import java.util.Optional;

/**
 * What every Service target group settles before its protocol, whatever the load balancer: the IP
 * address type, the port targets are registered on, and the configured name; or why the backend
 * cannot be served.
 *
 * @param ipType the target group's IP address type
 * @param port the port of the targets: the nodePort for instance targets, the target port for ip
 * @param name the name a TargetGroupConfiguration sets, if any
 */
record Basics(TargetGroupIpAddressType ipType, int port, Optional<String> name) {

  /** The basics, or the problem that keeps the backend from being served. */
  record OrProblem(Optional<Basics> basics, Optional<BackendResolution> problem) {
    static OrProblem of(BackendResolution problem) {
      return new OrProblem(Optional.empty(), Optional.of(problem));
    }
  }

  static OrProblem of(
      BackendContext context,
      Service svc,
      ServicePort port,
      TargetGroupProps props,
      TargetType targetType,
      String namespace,
      String name,
      String path,
      String service,
      String settings) {
    TargetGroupIpAddressType ipType = props.ipAddressType().orElse(ServiceBackends.primaryFamily(svc));
    if (ipType == TargetGroupIpAddressType.IPV6 && !ServiceBackends.dualStack(context)) {
      return OrProblem.of(BackendResolution.invalid(
          Reasons.UNSUPPORTED_VALUE,
          path + ": " + service
              + " needs an ipv6 target group, which only a dual-stack load balancer can use; set ipAddressType: dualstack in the Gateway's LoadBalancerConfiguration, or ipAddressType: ipv4 in the TargetGroupConfiguration"));
    }
    int tgPort;
    if (targetType == TargetType.INSTANCE) {
      if (port.nodePort().isEmpty()) {
        return OrProblem.of(BackendResolution.invalid(
            Reasons.BACKEND_NOT_FOUND,
            path + ": " + service + " port " + port.port()
                + " has no nodePort, which instance targets need: make the Service of type NodePort or LoadBalancer, or use targetType: ip"));
      }
      tgPort = port.nodePort().get();
    } else {
      tgPort =
          port.effectiveTargetPort().intValue()
              .or(() -> ServiceTargets.resolvedPort(context.snapshot(), namespace, name, port))
              .orElse(port.port());
    }
    Optional<String> groupName = props.targetGroupName();
    if (groupName.isPresent() && !ServiceBackends.ELB_NAME.matcher(groupName.get()).matches()) {
      return OrProblem.of(BackendResolution.invalid(
          Reasons.UNSUPPORTED_VALUE,
          settings + "targetGroupName \"" + groupName.get()
              + "\" is not a valid ELB name (1 to 32 letters, digits and hyphens, not starting or ending with a hyphen)"));
    }
    return new OrProblem(Optional.of(new Basics(ipType, tgPort, groupName)), Optional.empty());
  }
}
