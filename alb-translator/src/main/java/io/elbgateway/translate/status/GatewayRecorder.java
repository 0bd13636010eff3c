/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.status;

import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.status.GatewayStatus;
import io.elbgateway.model.status.ImmutableGatewayStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects the status of one Gateway: its {@code Accepted} condition and its listeners' statuses
 * (in the order the listeners are first recorded). Unless a stage rejects the whole Gateway,
 * {@code Accepted} follows the listeners: {@code True/Accepted} when all are usable,
 * {@code True/ListenersNotValid} when some are, {@code False/ListenersNotValid} when none is.
 */
public final class GatewayRecorder {

  private final Gateway gateway;
  private final Map<String, ListenerRecorder> listeners = new LinkedHashMap<>();
  private Problem rejected;

  private int attachedListenerSets = -1;
  private int namingListenerSets;

  GatewayRecorder(Gateway gateway) {
    this.gateway = gateway;
  }

  /** The recorder of one listener, by name. */
  public ListenerRecorder listener(String name) {
    return listeners.computeIfAbsent(name, n -> new ListenerRecorder(gateway, n));
  }

  /** {@code Accepted=False} for the whole Gateway (e.g. {@code InvalidParameters}); the first call wins. */
  public GatewayRecorder rejected(String reason, String message) {
    if (rejected == null) {
      rejected = Problem.of(reason, message);
    }
    return this;
  }

  /**
   * How many of the ListenerSets naming this Gateway it took: {@code attachedListenerSets} and the
   * {@code AttachedListenerSets} condition (gateway-api.md §2.10). Not called when no ListenerSet
   * names the Gateway, so Gateways without any keep a status without either.
   */
  public GatewayRecorder listenerSets(int attached, int naming) {
    this.attachedListenerSets = attached;
    this.namingListenerSets = naming;
    return this;
  }

  /** Whether a stage rejected the whole Gateway. */
  public boolean isRejected() {
    return rejected != null;
  }

  GatewayStatus build() {
    ImmutableGatewayStatus.Builder status = GatewayStatus.builder();
    listeners.values().forEach(l -> status.addListeners(l.build()));
    long usable = listeners.values().stream().filter(ListenerRecorder::usable).count();
    if (rejected != null) {
      status.addConditions(ConditionFactory.of(gateway, Reasons.ACCEPTED, false, rejected.reason(), rejected.message()));
    } else if (usable == listeners.size()) {
      status.addConditions(ConditionFactory.of(gateway, Reasons.ACCEPTED, true, Reasons.ACCEPTED, ""));
    } else {
      String message = (listeners.size() - usable) + " of " + listeners.size() + " listeners are not valid";
      status.addConditions(
          ConditionFactory.of(gateway, Reasons.ACCEPTED, usable > 0, Reasons.LISTENERS_NOT_VALID, message));
    }
    if (attachedListenerSets >= 0) {
      status.attachedListenerSets(attachedListenerSets);
      status.addConditions(
          attachedListenerSets > 0
              ? ConditionFactory.of(
                  gateway, Reasons.ATTACHED_LISTENER_SETS, true, Reasons.LISTENER_SETS_ATTACHED,
                  attachedListenerSets + " of " + namingListenerSets + " ListenerSets naming this Gateway are attached")
              : ConditionFactory.of(
                  gateway, Reasons.ATTACHED_LISTENER_SETS, false, Reasons.LISTENER_SETS_NOT_ALLOWED,
                  "none of the " + namingListenerSets + " ListenerSets naming this Gateway is attached;"
                      + " their statuses say why"));
    }
    return status.build();
  }
}
