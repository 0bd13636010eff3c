/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import io.elbgateway.model.aws.ElbProtocol;
import io.elbgateway.model.aws.TargetGroupConfiguration;
import io.elbgateway.model.aws.TargetGroupProps;
import io.elbgateway.model.core.IpFamily;
import io.elbgateway.model.core.Service;
import io.elbgateway.model.core.ServicePort;
import io.elbgateway.model.core.ServiceType;
import io.elbgateway.model.elb.ElbKeys;
import io.elbgateway.model.elb.ImmutableTargetGroup;
import io.elbgateway.model.elb.IpAddressType;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.ProtocolVersion;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.model.elb.TargetGroupIpAddressType;
import io.elbgateway.model.elb.TargetType;
import io.elbgateway.model.gateway.BackendRef;
import io.elbgateway.model.gateway.GatewayApiKinds;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.spi.BackendContext;
import io.elbgateway.translate.spi.BackendResolution;
import io.elbgateway.translate.spi.BackendResolver;
import io.elbgateway.translate.status.Reasons;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Resolves backendRefs to core Services into ALB target groups.
 *
 * <ul>
 *   <li>The Service is in the backendRef's namespace (the route's when unset). Another namespace
 *       needs a ReferenceGrant there from the route's kind and namespace to {@code Service} (the
 *       name optional), else {@code RefNotPermitted} (gateway-api.md §5.3).
 *   <li>A missing Service, a missing {@code port}, or a port that is not one of the Service's
 *       {@code spec.ports[].port}: {@code BackendNotFound}.
 *   <li>An {@code ExternalName} Service: {@code InvalidKind}. The spec documents ExternalName
 *       support under {@code BackendObjectReference.kind} ("Support: Core (Services with a type
 *       other than ExternalName)", and "Implementations SHOULD NOT support ExternalName
 *       Services"), so an ExternalName Service is a kind of backend this implementation does not
 *       support, which is what {@code InvalidKind} says; {@code UnsupportedProtocol} is about a
 *       port's {@code appProtocol}, which is not the problem here. ALB could not reach a DNS name
 *       anyway: targets are instance IDs or IPs.
 *   <li>Settings: the Service's TargetGroupConfiguration (its {@code routeConfigurations} entry for
 *       the route over its {@code defaultConfiguration}) over the Gateway's default
 *       TargetGroupConfiguration (resolved for the route the same way) over the controller's
 *       defaults ({@code lbc-gateway.md} §2.2.3-2.2.4, §4).
 *   <li>Target type: configured, else {@link io.elbgateway.translate.TranslatorOptions#defaultTargetType()}.
 *       Port: for ip targets the numeric {@code targetPort}, or a named one as the EndpointSlices
 *       resolve it (the Service port when no slice does yet: every target carries its own port);
 *       for instance targets the {@code nodePort} (none: {@code BackendNotFound}, the Service must
 *       be of type NodePort or LoadBalancer).
 *   <li>Protocol: configured HTTP or HTTPS, else HTTP; anything else {@code UnsupportedProtocol}.
 *       Protocol version: HTTP1 behind HTTP listeners (ALB speaks HTTP/2 to targets only behind
 *       HTTPS); behind HTTPS the configured one, else GRPC for a GRPCRoute, else HTTP2 when the
 *       Service port's {@code appProtocol} is {@code kubernetes.io/h2c}, else HTTP1.
 *   <li>IP address type: configured (the reference controller ignores this field, {@code
 *       lbc-gateway.md} §2.2.2 and §10.7), else {@code ipv6} when the Service's primary (first) IP
 *       family is IPv6, else {@code ipv4}. Unlike the reference controller, which picks ipv6 when
 *       IPv6 is anywhere in {@code ipFamilies} (§4.2), a dual-stack Service with IPv4 first stays
 *       ipv4, which works behind every ALB; an ipv6 target group behind an ALB that is not
 *       dual-stack is refused with a message, since AWS would refuse it.
 *   <li>Health check ({@link HealthChecks}), attributes, tags, target control port as configured;
 *       targets from {@link ServiceTargets}.
 * </ul>
 *
 * Problems with the configured settings make the backend invalid (reason {@code UnsupportedValue}
 * unless said otherwise), so that AWS never sees a target group it would refuse.
 */
public final class ServiceBackends implements BackendResolver {

  static final Pattern ELB_NAME = Pattern.compile("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$");
  private static final String H2C = "kubernetes.io/h2c";

  @Override
  public String group() {
    return "";
  }

  @Override
  public String kind() {
    return "Service";
  }

  @Override
  public BackendResolution resolve(BackendRef ref, String path, BackendContext context) {
    Route route = context.route();
    ClusterSnapshot snapshot = context.snapshot();
    String routeNamespace = route.metadata().namespace().orElse("");
    String namespace = ref.namespace().orElse(routeNamespace);
    String name = ref.name();
    String service = "Service " + namespace + "/" + name;
    if (!namespace.equals(routeNamespace) && !permitted(snapshot, route, namespace, name)) {
      return BackendResolution.invalid(
          Reasons.REF_NOT_PERMITTED,
          path + ": " + service + " is in another namespace and no ReferenceGrant in namespace " + namespace
              + " allows it; add one there with from {group: " + GatewayApiKinds.GROUP + ", kind: " + route.kind()
              + ", namespace: " + routeNamespace + "} and to {group: \"\", kind: Service}");
    }
    if (ref.port().isEmpty()) {
      return BackendResolution.invalid(
          Reasons.BACKEND_NOT_FOUND, path + ".port: a Service backend needs the Service port to send to");
    }
    int portNumber = ref.port().get();
    Optional<Service> found = snapshot.get(Service.class, namespace, name);
    if (found.isEmpty()) {
      return BackendResolution.invalid(Reasons.BACKEND_NOT_FOUND, path + ": " + service + " does not exist");
    }
    Service svc = found.get();
    if (svc.spec().type() == ServiceType.EXTERNAL_NAME) {
      return BackendResolution.invalid(
          Reasons.INVALID_KIND,
          path + ": " + service
              + " is of type ExternalName, which this implementation does not support as a backend (the Gateway API advises against it); point the route at a Service with endpoints");
    }
    Optional<ServicePort> servicePort = svc.spec().ports().stream().filter(p -> p.port() == portNumber).findFirst();
    if (servicePort.isEmpty()) {
      List<String> ports = svc.spec().ports().stream().map(p -> Integer.toString(p.port())).toList();
      return BackendResolution.invalid(
          Reasons.BACKEND_NOT_FOUND,
          path + ".port: " + service + " has no port " + portNumber
              + (ports.isEmpty() ? " (it has no ports)" : " (its ports: " + String.join(", ", ports) + ")"));
    }
    ServicePort port = servicePort.get();
    BiConsumer<KubernetesObject, String> report = reporter(context);
    TargetGroupProps props = props(snapshot, context, namespace, name, route, report);
    if (NlbTargetGroups.isNetwork(context.listenerProtocol())) {
      return NlbTargetGroups.build(path, context, svc, port, props);
    }
    return build(ref, path, context, svc, port, props);
  }

  private static BackendResolution build(
      BackendRef ref, String path, BackendContext context, Service svc, ServicePort port, TargetGroupProps props) {
    String namespace = svc.metadata().namespace().orElse("");
    String name = svc.metadata().name();
    String service = "Service " + namespace + "/" + name;
    String settings = path + ": the TargetGroupConfiguration settings for " + service + ": ";
    TargetType targetType =
        TargetType.valueOf(props.targetType().orElse(context.options().defaultTargetType()).name());
    Protocol protocol = Protocol.HTTP;
    if (props.protocol().isPresent()) {
      ElbProtocol configured = props.protocol().get();
      if (configured != ElbProtocol.HTTP && configured != ElbProtocol.HTTPS) {
        return BackendResolution.invalid(
            Reasons.UNSUPPORTED_PROTOCOL,
            settings + "protocol " + configured + " is not one an ALB target group speaks (HTTP or HTTPS)");
      }
      protocol = configured == ElbProtocol.HTTPS ? Protocol.HTTPS : Protocol.HTTP;
    }
    ProtocolVersion version = protocolVersion(context, port, props);
    Basics.OrProblem checked = Basics.of(context, svc, port, props, targetType, namespace, name, path, service, settings);
    if (checked.problem().isPresent()) {
      return checked.problem().get();
    }
    Basics basics = checked.basics().orElseThrow();
    TargetGroupIpAddressType ipType = basics.ipType();
    int tgPort = basics.port();
    Optional<String> groupName = basics.name();
    ImmutableTargetGroup.Builder group =
        TargetGroup.builder()
            .key(ElbKeys.targetGroup(ElbKeys.loadBalancer(context.gateway().key()), namespace, name, port.port()))
            .name(groupName.orElse(""))
            .protocol(protocol)
            .protocolVersion(version)
            .port(tgPort)
            .targetType(targetType)
            .ipAddressType(ipType)
            .attributes(TargetGroupPropsLayering.attributes(props))
            .tags(new java.util.TreeMap<>(props.tags()));
    props.targetControlPort().ifPresent(group::targetControlPort);
    Optional<String> healthProblem =
        HealthChecks.apply(
            group, props.healthCheckConfig(), protocol, version, portName -> namedPort(context, svc, portName, targetType));
    if (healthProblem.isPresent()) {
      return BackendResolution.invalid(Reasons.UNSUPPORTED_VALUE, settings + healthProblem.get());
    }
    group.targets(ServiceTargets.of(context.snapshot(), targetType, props.nodeSelector(), namespace, name, port, basics));
    return BackendResolution.servedBy(context.register(group.build()));
  }

  private static boolean permitted(ClusterSnapshot snapshot, Route route, String namespace, String name) {
    ObjectKey from = route.key();
    ObjectKey to = ClusterSnapshot.serviceKey(namespace, name);
    return snapshot.referenceGrantsIn(namespace).stream().anyMatch(g -> g.permits(from, to));
  }

  private static TargetGroupProps props(
      ClusterSnapshot snapshot,
      BackendContext context,
      String namespace,
      String name,
      Route route,
      BiConsumer<KubernetesObject, String> report) {
    TargetGroupProps gatewayDefault =
        GatewayDefaultTargetGroupConfiguration.of(snapshot, context.gateway(), report)
            .map(spec -> TargetGroupPropsLayering.forRoute(spec, route))
            .orElse(TargetGroupProps.builder().build());
    Optional<TargetGroupConfiguration> own = ServiceTargetGroupConfiguration.of(snapshot, namespace, name, report);
    return own.map(c -> TargetGroupPropsLayering.over(TargetGroupPropsLayering.forRoute(c.spec(), route), gatewayDefault))
        .orElse(gatewayDefault);
  }

  private static ProtocolVersion protocolVersion(BackendContext context, ServicePort port, TargetGroupProps props) {
    if (context.listenerProtocol() != Protocol.HTTPS) {
      return ProtocolVersion.HTTP1;
    }
    if (props.protocolVersion().isPresent()) {
      return props.protocolVersion().get();
    }
    if (context.route().kind().equals("GRPCRoute")) {
      return ProtocolVersion.GRPC;
    }
    return port.appProtocol().filter(H2C::equals).isPresent() ? ProtocolVersion.HTTP2 : ProtocolVersion.HTTP1;
  }

  static TargetGroupIpAddressType primaryFamily(Service svc) {
    return svc.spec().ipFamilies().stream().findFirst().filter(IpFamily.IPV6::equals).isPresent()
        ? TargetGroupIpAddressType.IPV6
        : TargetGroupIpAddressType.IPV4;
  }

  static boolean dualStack(BackendContext context) {
    Optional<IpAddressType> type = context.loadBalancerConfiguration().ipAddressType();
    return type.isPresent() && type.get() != IpAddressType.IPV4;
  }

  /** A Service port name in {@code healthCheckPort}: its nodePort, or its (resolved) target port. */
  static Optional<Integer> namedPort(BackendContext context, Service svc, String portName, TargetType type) {
    Optional<ServicePort> named = svc.spec().port(portName);
    if (named.isEmpty()) {
      return Optional.empty();
    }
    if (type == TargetType.INSTANCE) {
      return named.get().nodePort();
    }
    return named.get().effectiveTargetPort().intValue()
        .or(() -> ServiceTargets.resolvedPort(
            context.snapshot(), svc.metadata().namespace().orElse(""), svc.metadata().name(), named.get()));
  }

  private static BiConsumer<KubernetesObject, String> reporter(BackendContext context) {
    return (object, message) -> {
      int colon = message.indexOf(": ");
      String field = message.startsWith(".") && colon > 0 ? message.substring(0, colon) : "";
      String text = field.isEmpty() ? message : message.substring(colon + 2);
      context.report(object, field, DeviationCode.OTHER, text);
    };
  }
}
