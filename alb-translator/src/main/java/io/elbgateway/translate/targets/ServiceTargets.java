/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import io.elbgateway.model.core.AddressType;
import io.elbgateway.model.core.Endpoint;
import io.elbgateway.model.core.EndpointPort;
import io.elbgateway.model.core.EndpointSlice;
import io.elbgateway.model.core.Node;
import io.elbgateway.model.core.ServicePort;
import io.elbgateway.model.elb.TargetDescription;
import io.elbgateway.model.elb.TargetType;
import io.elbgateway.model.elb.TargetGroupIpAddressType;
import io.elbgateway.model.meta.LabelSelector;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The targets of a Service port's target group.
 *
 * <ul>
 *   <li>{@code ip}: the first address of every ready endpoint ({@code conditions.ready}, absent
 *       meaning ready) in the Service's EndpointSlices of the target group's address family, with
 *       the port the slice gives for the Service port (EndpointSlice ports carry the Service port's
 *       name, so this also resolves a named {@code targetPort}) and the endpoint's zone.
 *   <li>{@code instance}: the EC2 instance of every node (from {@code spec.providerID}) that the
 *       {@code nodeSelector} selects (every node without one), with the Service port's {@code
 *       nodePort}. Nodes labelled {@code node.kubernetes.io/exclude-from-external-load-balancers}
 *       and nodes being deleted are left out. Cordoned ({@code unschedulable}) nodes stay: their
 *       running pods and kube-proxy still serve, and Kubernetes' own service controller has kept
 *       them in load balancers since 1.19; draining them is the cluster operator's call.
 * </ul>
 *
 * Sorted and without duplicates.
 */
final class ServiceTargets {

  static final String EXCLUDE_LABEL = "node.kubernetes.io/exclude-from-external-load-balancers";

  private ServiceTargets() {}

  /**
   * The targets of a Service port's target group: its nodes on the target group's port (the node
   * port) for {@code instance}, its ready endpoints for {@code ip}.
   */
  static List<TargetDescription> of(
      ClusterSnapshot snapshot,
      TargetType type,
      Optional<LabelSelector> nodeSelector,
      String namespace,
      String service,
      ServicePort port,
      Basics basics) {
    return type == TargetType.INSTANCE
        ? instances(snapshot, nodeSelector, basics.port())
        : ips(snapshot, namespace, service, port, basics.ipType());
  }

  /** The ip targets of a Service port. */
  static List<TargetDescription> ips(
      ClusterSnapshot snapshot, String namespace, String service, ServicePort port, TargetGroupIpAddressType family) {
    AddressType addressType = family == TargetGroupIpAddressType.IPV6 ? AddressType.IPV6 : AddressType.IPV4;
    String portName = port.name().orElse("");
    TreeSet<TargetDescription> targets = new TreeSet<>(io.elbgateway.model.elb.TargetGroup.TARGET_ORDER);
    for (EndpointSlice slice : snapshot.endpointSlicesFor(namespace, service)) {
      if (slice.addressType() != addressType) {
        continue;
      }
      Optional<Integer> number = slicePort(slice, port);
      if (number.isEmpty()) {
        continue;
      }
      for (Endpoint endpoint : slice.endpoints()) {
        if (!endpoint.conditions().effectiveReady() || endpoint.addresses().isEmpty()) {
          continue;
        }
        var target = TargetDescription.builder().id(endpoint.addresses().get(0)).port(number.get());
        endpoint.zone().ifPresent(target::availabilityZone);
        targets.add(target.build());
      }
    }
    return List.copyOf(targets);
  }

  /**
   * The port number a slice gives for a Service port: the slice port of the same name, or the
   * numeric {@code targetPort} when the slice lists no ports.
   */
  static Optional<Integer> slicePort(EndpointSlice slice, ServicePort port) {
    Optional<EndpointPort> named = slice.port(port.name().orElse(""));
    if (named.isPresent()) {
      return named.get().port().or(() -> port.effectiveTargetPort().intValue());
    }
    return slice.ports().isEmpty() ? port.effectiveTargetPort().intValue() : Optional.empty();
  }

  /** The lowest port any slice of the Service gives for a Service port (for a named targetPort). */
  static Optional<Integer> resolvedPort(ClusterSnapshot snapshot, String namespace, String service, ServicePort port) {
    return snapshot.endpointSlicesFor(namespace, service).stream()
        .map(slice -> slice.port(port.name().orElse("")).flatMap(EndpointPort::port))
        .flatMap(Optional::stream)
        .min(Integer::compare);
  }

  /** The instance targets of a Service port with a node port. */
  static List<TargetDescription> instances(ClusterSnapshot snapshot, Optional<LabelSelector> nodeSelector, int nodePort) {
    TreeSet<TargetDescription> targets = new TreeSet<>(io.elbgateway.model.elb.TargetGroup.TARGET_ORDER);
    for (Node node : snapshot.all(Node.class)) {
      if (node.metadata().labels().containsKey(EXCLUDE_LABEL)
          || node.metadata().deletionTimestamp().isPresent()
          || !nodeSelector.map(s -> s.matches(node.metadata().labels())).orElse(true)) {
        continue;
      }
      node.ec2InstanceId().ifPresent(id -> targets.add(TargetDescription.of(id, nodePort)));
    }
    return List.copyOf(targets);
  }
}
