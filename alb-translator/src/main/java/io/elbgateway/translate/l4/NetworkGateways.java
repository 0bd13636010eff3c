/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.l4;

import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.ImmutableElbStack;
import io.elbgateway.model.elb.Listener;
import io.elbgateway.model.elb.LoadBalancerType;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.lb.LoadBalancers;
import io.elbgateway.translate.lb.NlbListeners;
import io.elbgateway.translate.status.Reasons;
import io.elbgateway.translate.targets.TargetGroupRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Translates a Gateway whose GatewayClass makes a Network Load Balancer: TCPRoute, UDPRoute and
 * TLSRoute to NLB listeners and target groups.
 *
 * <ol>
 *   <li>Listeners are checked ({@link L4Listeners}) and routes attached ({@link L4Attacher}).
 *   <li>Usable listeners are grouped by port. A port's NLB protocol: TCP (TCP listeners and TLS
 *       Passthrough), UDP, TLS (Terminate), or TCP_UDP for TCP and UDP on one port; then QUIC or
 *       TCP_QUIC where the listener configuration enables QUIC ({@link NlbListeners}).
 *   <li>Each port carries one route ({@link L4RouteChoice}); a port whose chosen route has a valid
 *       backend gets an NLB listener forwarding to its target group, with the listener hostnames
 *       and the route's TLSRoute hostnames for certificate discovery. A port without such a route
 *       gets no NLB listener (an NLB listener must forward somewhere), so connections to it are
 *       refused.
 *   <li>The stack holds the load balancer ({@link LoadBalancers#build(GatewayContext,
 *       LoadBalancerType)}), the listeners in port order and the target groups they forward to.
 * </ol>
 */
public final class NetworkGateways {
  private NetworkGateways() {}

  /** The Gateway's NLB stack; statuses are recorded in the context. */
  public static ElbStack translate(GatewayContext context) {
    List<L4Listener> listeners = L4Listeners.resolve(context);
    List<L4Attachment> attachments = L4Attacher.attach(context, listeners);
    Map<Integer, List<L4Listener>> byPort = new TreeMap<>();
    for (L4Listener listener : listeners) {
      if (listener.usable()) {
        byPort.computeIfAbsent(listener.port(), p -> new ArrayList<>()).add(listener);
      }
    }
    NlbListeners nlb = new NlbListeners(context);
    TargetGroupRegistry registry = new TargetGroupRegistry(context);
    List<Listener> elbListeners = new ArrayList<>();
    for (Map.Entry<Integer, List<L4Listener>> entry : byPort.entrySet()) {
      int port = entry.getKey();
      Set<Integer> indexes = new TreeSet<>();
      for (L4Listener listener : entry.getValue()) {
        indexes.add(listener.index);
      }
      List<L4Attachment> reaching =
          attachments.stream().filter(a -> a.listeners.keySet().stream().anyMatch(indexes::contains)).toList();
      if (reaching.isEmpty()) {
        continue;
      }
      // Only the transports some route attached to: a TCP listener without a route next to a UDP
      // listener with one must not turn the port into TCP_UDP, or TCP connections the spec refuses
      // would reach the UDP route's backend.
      Set<Protocol> protocols = new TreeSet<>();
      for (L4Listener listener : entry.getValue()) {
        if (reaching.stream().anyMatch(a -> a.listeners.containsKey(listener.index))) {
          protocols.add(listener.elbProtocol());
        }
      }
      Protocol base = protocols.size() > 1 ? Protocol.TCP_UDP : protocols.iterator().next();
      Protocol protocol = nlb.effectiveProtocol(base, port);
      L4RouteChoice.Choice choice = L4RouteChoice.choose(context, registry, port, protocol, reaching);
      if (choice.target.isEmpty()) {
        continue;
      }
      Set<String> hostnames = new TreeSet<>();
      entry.getValue().forEach(l -> l.definition.hostname().ifPresent(hostnames::add));
      for (L4Attachment attachment : reaching) {
        if (attachment.route.equals(choice.route.get())) {
          attachment.listeners.forEach((index, names) -> {
            if (indexes.contains(index)) {
              hostnames.addAll(names);
            }
          });
        }
      }
      elbListeners.add(nlb.listener(base, port, List.copyOf(hostnames), choice.target.get()));
    }
    nlb.finish();
    attachments.forEach(a -> a.record(Reasons.NOT_ALLOWED_BY_LISTENERS, context.statuses()));
    ImmutableElbStack stack =
        ElbStack.builder()
            .gateway(context.gateway().key())
            .loadBalancer(LoadBalancers.build(context, LoadBalancerType.NETWORK))
            .addAllListeners(elbListeners)
            .build();
    Set<String> used = stack.referencedTargetGroupKeys();
    return stack.withTargetGroups(registry.targetGroups().stream().filter(t -> used.contains(t.key())).toList());
  }
}
