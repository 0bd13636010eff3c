/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s;

import io.elbgateway.model.meta.ObjectKey;

/**
 * Hooks for metrics and events: what each reconcile pass did (duration, outcome, AWS calls), how
 * deep the work queue is, leadership changes, and notable events on objects (a failed sync, an
 * object refused by the schema, a Gateway's AWS resources deleted). Called from the controller's
 * threads; an implementation returns quickly and does not throw. Every method does nothing by
 * default.
 */
public interface ControllerListener {

  /** One reconcile pass ended. */
  default void reconciled(ReconcileReport report) {}

  /** The number of keys waiting in the work queue, after each pass. */
  default void queueDepth(int depth) {}

  /** This replica became the leader ({@code true}) or stopped being it. */
  default void leadership(boolean leading) {}

  /**
   * Something a person should see on an object, in the shape of a Kubernetes Event: {@code type}
   * is {@code Normal} or {@code Warning}, {@code reason} a CamelCase word.
   */
  default void event(ObjectKey object, String type, String reason, String message) {}

  /** A listener that ignores everything. */
  static ControllerListener none() {
    return new ControllerListener() {};
  }
}
