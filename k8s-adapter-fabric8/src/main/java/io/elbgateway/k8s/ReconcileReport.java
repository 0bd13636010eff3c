/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.ObjectKey;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/** What one reconcile pass did: for metrics. */
@Value.Immutable
@ModelStyle
public interface ReconcileReport {

  /** What a pass can end in. */
  enum Outcome {
    /** The Gateway's stack was synced and its status written. */
    SYNCED,
    /** The Gateway's AWS resources were deleted (the Gateway is gone, or no longer this controller's). */
    DELETED,
    /** Nothing to do in AWS: the Gateway is another controller's, or its configuration is refused. */
    SKIPPED,
    /** Statuses of classes, routes and configurations were written (the cluster-wide pass). */
    STATUS,
    /** The pass failed; it is retried with backoff. */
    FAILED
  }

  /** The Gateway, or the cluster-wide status pass's key. */
  ObjectKey key();

  /** How the pass ended. */
  Outcome outcome();

  /** How long the pass took. */
  Duration duration();

  /** AWS API calls the pass made (attempts, retries included). */
  @Value.Default
  default int awsCalls() {
    return 0;
  }

  /** Of those, calls that change something. */
  @Value.Default
  default int awsMutatingCalls() {
    return 0;
  }

  /** Status subresource writes the pass made. */
  @Value.Default
  default int statusWrites() {
    return 0;
  }

  /** Why the pass failed or was skipped. */
  Optional<String> message();

  /** A builder. */
  static ImmutableReconcileReport.Builder builder() {
    return ImmutableReconcileReport.builder();
  }
}
