/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import io.elbgateway.model.aws.ElbProtocol;
import io.elbgateway.model.aws.TargetGroupProps;
import io.elbgateway.model.core.Service;
import io.elbgateway.model.core.ServicePort;
import io.elbgateway.model.core.TrafficPolicy;
import io.elbgateway.model.elb.ElbKeys;
import io.elbgateway.model.elb.ImmutableTargetGroup;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.model.elb.TargetGroupIpAddressType;
import io.elbgateway.model.elb.TargetType;
import io.elbgateway.translate.spi.BackendContext;
import io.elbgateway.translate.spi.BackendResolution;
import io.elbgateway.translate.status.Reasons;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The target group of a Service backend behind a Network Load Balancer listener ({@link
 * ServiceBackends} delegates here when the listener protocol is not HTTP or HTTPS).
 *
 * <ul>
 *   <li>Protocol: the listener's (TCP, UDP, TCP_UDP, QUIC, TCP_QUIC), and TCP behind a TLS listener
 *       that terminates TLS (the Gateway API's Terminate hands plain bytes to the backend). A TLS
 *       Passthrough listener is a TCP listener, so its target groups are TCP: the reference
 *       controller gives them TLS, which AWS refuses ({@code lbc-gateway.md} §3.8). A configured
 *       {@code protocol} must be one the listener can forward to: TLS (re-encrypt) or TCP behind
 *       TLS, else exactly the listener's; otherwise {@code UnsupportedProtocol}.
 *   <li>QUIC and TCP_QUIC need ip targets; instance targets are refused with a message.
 *   <li>Target type, port, IP address type, name, attributes, tags and targets as for an ALB target
 *       group; no protocol version.
 *   <li>Health check: {@link NlbHealthChecks}; a Service with {@code externalTrafficPolicy: Local}
 *       behind instance targets is checked on its {@code healthCheckNodePort}.
 * </ul>
 */
final class NlbTargetGroups {

  private NlbTargetGroups() {}

  /** Whether a listener of this protocol belongs to a Network Load Balancer. */
  static boolean isNetwork(Protocol listenerProtocol) {
    return listenerProtocol != Protocol.HTTP && listenerProtocol != Protocol.HTTPS;
  }

  /** The protocols a target group behind a listener of {@code listenerProtocol} may have. */
  static List<Protocol> allowed(Protocol listenerProtocol) {
    switch (listenerProtocol) {
      case TLS:
        return List.of(Protocol.TCP, Protocol.TLS);
      default:
        return List.of(listenerProtocol);
    }
  }

  static BackendResolution build(
      String path, BackendContext context, Service svc, ServicePort port, TargetGroupProps props) {
    String namespace = svc.metadata().namespace().orElse("");
    String name = svc.metadata().name();
    String service = "Service " + namespace + "/" + name;
    String settings = path + ": the TargetGroupConfiguration settings for " + service + ": ";
    Protocol listener = context.listenerProtocol();
    Protocol protocol = allowed(listener).get(0);
    if (props.protocol().isPresent()) {
      ElbProtocol configured = props.protocol().get();
      Optional<Protocol> match =
          allowed(listener).stream().filter(p -> p.toString().equals(configured.toString())).findFirst();
      if (match.isEmpty()) {
        return BackendResolution.invalid(
            Reasons.UNSUPPORTED_PROTOCOL,
            settings + "protocol " + configured + " cannot serve a " + listener + " listener of a Network Load"
                + " Balancer (it takes " + String.join(" or ", allowed(listener).stream().map(Protocol::toString).toList())
                + "); remove protocol or set one of those");
      }
      protocol = match.get();
    }
    TargetType targetType =
        TargetType.valueOf(props.targetType().orElse(context.options().defaultTargetType()).name());
    if ((listener == Protocol.QUIC || listener == Protocol.TCP_QUIC) && targetType != TargetType.IP) {
      return BackendResolution.invalid(
          Reasons.UNSUPPORTED_VALUE,
          path + ": " + service + " would get instance targets, but a " + listener
              + " listener forwards only to ip targets; set targetType: ip in its TargetGroupConfiguration");
    }
    Basics.OrProblem checked = Basics.of(context, svc, port, props, targetType, namespace, name, path, service, settings);
    if (checked.problem().isPresent()) {
      return checked.problem().get();
    }
    Basics basics = checked.basics().orElseThrow();
    TargetGroupIpAddressType ipType = basics.ipType();
    int tgPort = basics.port();
    Optional<String> groupName = basics.name();
    Map<String, String> tags = new TreeMap<>(props.tags());
    ImmutableTargetGroup.Builder group =
        TargetGroup.builder()
            .key(ElbKeys.targetGroup(ElbKeys.loadBalancer(context.gateway().key()), namespace, name, port.port()))
            .name(groupName.orElse(""))
            .protocol(protocol)
            .port(tgPort)
            .targetType(targetType)
            .ipAddressType(ipType)
            .attributes(TargetGroupPropsLayering.attributes(props))
            .tags(tags);
    Optional<Integer> localHealthPort =
        targetType == TargetType.INSTANCE
                && svc.spec().externalTrafficPolicy().filter(TrafficPolicy.LOCAL::equals).isPresent()
            ? svc.spec().healthCheckNodePort()
            : Optional.empty();
    Optional<String> healthProblem =
        NlbHealthChecks.apply(
            group,
            props.healthCheckConfig(),
            localHealthPort,
            false,
            portName -> ServiceBackends.namedPort(context, svc, portName, targetType));
    if (healthProblem.isPresent()) {
      return BackendResolution.invalid(Reasons.UNSUPPORTED_VALUE, settings + healthProblem.get());
    }
    group.targets(ServiceTargets.of(context.snapshot(), targetType, props.nodeSelector(), namespace, name, port, basics));
    return BackendResolution.servedBy(context.register(group.build()));
  }
}
