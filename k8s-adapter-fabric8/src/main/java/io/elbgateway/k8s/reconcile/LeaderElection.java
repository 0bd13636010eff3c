/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s.reconcile;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectionConfig;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaseLock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leader election on a {@code coordination.k8s.io} Lease with fabric8's {@link
 * io.fabric8.kubernetes.client.extended.leaderelection.LeaderElector}: only the replica holding the
 * Lease syncs with AWS and writes statuses, so two replicas never sync at once. The Lease is
 * released on stop, so a successor takes over without waiting for it to expire.
 */
public final class LeaderElection {

  private static final Logger LOG = LoggerFactory.getLogger(LeaderElection.class);

  private final KubernetesClient client;
  private final LeaderElectionConfig config;
  private final String identity;
  private CompletableFuture<?> running;

  /**
   * An election for the Lease {@code namespace/name} as {@code identity}; {@code leading} is told
   * {@code true} when this replica starts leading and {@code false} when it stops.
   */
  public LeaderElection(
      KubernetesClient client,
      String namespace,
      String name,
      String identity,
      Duration leaseDuration,
      Duration renewDeadline,
      Duration retryPeriod,
      Consumer<Boolean> leading) {
    this.client = client;
    this.identity = identity;
    this.config =
        new LeaderElectionConfig(
            new LeaseLock(namespace, name, identity),
            leaseDuration,
            renewDeadline,
            retryPeriod,
            new LeaderCallbacks(
                () -> {
                  LOG.info("{} leads (Lease {}/{})", identity, namespace, name);
                  leading.accept(true);
                },
                () -> {
                  LOG.info("{} stopped leading", identity);
                  leading.accept(false);
                },
                leader -> LOG.info("the leader is {}", leader)),
            true,
            name);
  }

  /** Starts campaigning; returns at once. */
  public synchronized void start() {
    running = client.leaderElector().withConfig(config).build().start();
  }

  /** Stops campaigning and releases the Lease if this replica holds it. */
  public synchronized void stop() {
    if (running != null) {
      running.cancel(true);
      running = null;
    }
  }
}
