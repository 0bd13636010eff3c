/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.status;

import io.elbgateway.model.gateway.ListenerSet;
import io.elbgateway.model.status.ImmutableListenerSetStatus;
import io.elbgateway.model.status.ListenerSetStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects the status of one ListenerSet while the translation runs: {@code Accepted} for the set
 * (gateway-api.md §2.10: {@code NotAllowed} when its parent Gateway's {@code allowedListeners} does
 * not take it, {@code ParentNotAccepted} when the Gateway was rejected, {@code ListenersNotValid}
 * when some entries are not usable) and one listener status
 * per entry. {@code Programmed} is left to the sync engine, as it is for Gateways.
 */
public final class ListenerSetRecorder {

  private final ListenerSet set;
  private final Map<String, ListenerRecorder> listeners = new LinkedHashMap<>();
  private Problem notAccepted;

  ListenerSetRecorder(ListenerSet set) {
    this.set = set;
  }

  /** The recorder of one entry, by name. */
  public ListenerRecorder listener(String name) {
    return listeners.computeIfAbsent(name, n -> new ListenerRecorder(set, n));
  }

  /** {@code Accepted=False/NotAllowed}: the parent Gateway does not take this set's listeners. */
  public ListenerSetRecorder notAllowed(String message) {
    return notAccepted(Reasons.NOT_ALLOWED, message);
  }

  /** {@code Accepted=False/ParentNotAccepted}: the parent Gateway itself was rejected. */
  public ListenerSetRecorder parentNotAccepted(String message) {
    return notAccepted(Reasons.PARENT_NOT_ACCEPTED, message);
  }

  private ListenerSetRecorder notAccepted(String reason, String message) {
    if (notAccepted == null) {
      notAccepted = Problem.of(reason, message);
    }
    return this;
  }

  ListenerSetStatus build() {
    ImmutableListenerSetStatus.Builder status = ListenerSetStatus.builder();
    if (notAccepted != null) {
      return status
          .addConditions(ConditionFactory.of(set, Reasons.ACCEPTED, false, notAccepted.reason(), notAccepted.message()))
          .build();
    }
    listeners.values().forEach(l -> status.addListeners(l.build()));
    long usable = listeners.values().stream().filter(ListenerRecorder::usable).count();
    if (usable == listeners.size()) {
      status.addConditions(ConditionFactory.of(set, Reasons.ACCEPTED, true, Reasons.ACCEPTED, ""));
    } else {
      String message = (listeners.size() - usable) + " of " + listeners.size() + " listeners are not valid";
      status.addConditions(
          ConditionFactory.of(set, Reasons.ACCEPTED, usable > 0, Reasons.LISTENERS_NOT_VALID, message));
    }
    return status.build();
  }
}
