/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s;

import io.elbgateway.model.meta.ObjectKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A listener that records every pass and event, for tests. */
final class Recorder implements ControllerListener {

  final List<ReconcileReport> reports = Collections.synchronizedList(new ArrayList<>());
  final List<String> events = Collections.synchronizedList(new ArrayList<>());
  final AtomicInteger maxQueueDepth = new AtomicInteger();
  volatile boolean leading;

  @Override
  public void reconciled(ReconcileReport report) {
    reports.add(report);
  }

  @Override
  public void queueDepth(int depth) {
    maxQueueDepth.accumulateAndGet(depth, Math::max);
  }

  @Override
  public void leadership(boolean leading) {
    this.leading = leading;
  }

  @Override
  public void event(ObjectKey object, String type, String reason, String message) {
    events.add(object.display() + " " + type + " " + reason + ": " + message);
  }

  /** Passes over Gateways (not the cluster-wide status pass). */
  List<ReconcileReport> gatewayPasses() {
    synchronized (reports) {
      return reports.stream().filter(r -> r.key().kind().equals("Gateway")).toList();
    }
  }

  int passes() {
    return reports.size();
  }

  int awsMutatingCalls() {
    synchronized (reports) {
      return reports.stream().mapToInt(ReconcileReport::awsMutatingCalls).sum();
    }
  }

  int awsCalls() {
    synchronized (reports) {
      return reports.stream().mapToInt(ReconcileReport::awsCalls).sum();
    }
  }
}
