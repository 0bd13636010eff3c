/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import io.elbgateway.model.elb.Action;
import io.elbgateway.model.elb.ActionType;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.Listener;
import io.elbgateway.model.elb.Protocol;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates one connection against the desired state of one Network Load Balancer, the way the NLB
 * would: the listener of the connection's port whose protocol carries its transport (TCP: {@code
 * TCP}, {@code TLS}, {@code TCP_UDP}, {@code TCP_QUIC}; UDP: {@code UDP}, {@code TCP_UDP}, {@code
 * QUIC}, {@code TCP_QUIC}), whose default action (NLB listeners have no rules) forwards it. The SNI
 * plays no part: an NLB does not route by it.
 *
 * <p>Empty when no listener takes the connection (TCP: refused; UDP: dropped). A TLS listener
 * terminates TLS whatever the client sends; that a certificate fits the SNI is not modelled.
 */
public final class NlbEvaluator {

  private static final Set<Protocol> TCP = EnumSet.of(Protocol.TCP, Protocol.TLS, Protocol.TCP_UDP, Protocol.TCP_QUIC);
  private static final Set<Protocol> UDP = EnumSet.of(Protocol.UDP, Protocol.TCP_UDP, Protocol.QUIC, Protocol.TCP_QUIC);

  private NlbEvaluator() {}

  /** What the load balancer of {@code stack} does with {@code connection}; empty: not taken. */
  public static Optional<AlbResult> evaluate(ElbStack stack, Connection connection) {
    Set<Protocol> carrying = connection.transport() == Transport.TCP ? TCP : UDP;
    Optional<Listener> listener =
        stack.listeners().stream()
            .filter(l -> l.port() == connection.port())
            .filter(l -> carrying.contains(l.protocol()))
            .findFirst();
    if (listener.isEmpty()) {
      return Optional.empty();
    }
    Optional<Action> forward =
        listener.get().defaultActions().stream().filter(a -> a.type() == ActionType.FORWARD).findFirst();
    if (forward.isEmpty() || forward.get().forwardConfig().isEmpty()) {
      return Optional.of(LoadBalancerError.of(500, "an NLB listener without a forward default action (AWS refuses it)"));
    }
    return Optional.of(AlbEvaluator.forward(forward.get().forwardConfig().get()));
  }

  /**
   * The Service port a target group key of the {@code ElbKeys.targetGroup} format names, as {@code
   * namespace/name:port}: the last two {@code /}-separated parts, without a {@code #qualifier};
   * empty for a key qualified {@code #gateway} (an ALB Gateway backend) or an existing target group
   * ({@link TargetGroupShare#NAMED}).
   */
  public static Optional<String> service(String targetGroupKey) {
    if (targetGroupKey.startsWith(TargetGroupShare.NAMED)) {
      return Optional.empty();
    }
    String key = targetGroupKey;
    int hash = key.indexOf('#');
    if (hash >= 0) {
      if (key.substring(hash + 1).equals("gateway")) {
        return Optional.empty();
      }
      key = key.substring(0, hash);
    }
    String[] parts = key.split("/");
    if (parts.length < 2) {
      return Optional.empty();
    }
    return Optional.of(parts[parts.length - 2] + "/" + parts[parts.length - 1]);
  }
}
