/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import io.elbgateway.model.gateway.AllowedListeners;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.ListenerNamespaces;
import io.elbgateway.model.gateway.ListenerSet;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.translate.GatewayContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which ListenerSets add listeners to a Gateway: those whose parent is the Gateway and whose
 * namespace its {@code spec.allowedListeners.namespaces} admits ({@code None} by default), in the
 * spec's order: oldest {@code creationTimestamp} first, then {@code namespace/name}
 * (gateway-api.md §2.10). A ListenerSet without a creation time sorts after those with one.
 */
final class ListenerSetAdmission {

  private static final Comparator<ListenerSet> ORDER =
      Comparator.<ListenerSet, Instant>comparing(s -> s.metadata().creationTimestamp().orElse(Instant.MAX))
          .thenComparing(s -> s.key().namespace())
          .thenComparing(s -> s.key().name())
          .thenComparing(ListenerSet::key);

  private ListenerSetAdmission() {}

  /** Every ListenerSet naming the Gateway as parent, in precedence order. */
  static List<ListenerSet> candidates(GatewayContext context) {
    List<ListenerSet> sets = new ArrayList<>(context.snapshot().listenerSetsFor(context.gateway().key()));
    sets.sort(ORDER);
    return sets;
  }

  /** Why the Gateway does not take the ListenerSet's listeners, or empty when it does. */
  static Optional<String> refusal(GatewayContext context, ListenerSet set) {
    Gateway gateway = context.gateway();
    ListenerNamespaces namespaces =
        gateway.spec().allowedListeners().map(AllowedListeners::namespaces).orElse(ListenerNamespaces.builder().build());
    ObjectKey gatewayKey = gateway.key();
    return NamespacePolicy.refusal(
            namespaces.from(),
            namespaces.selector(),
            gatewayKey.namespace(),
            set.key().namespace(),
            context.snapshot())
        .map(
            why ->
                gatewayKey.display()
                    + " does not allow "
                    + set.key().display()
                    + " to add listeners: its .spec.allowedListeners.namespaces "
                    + why);
  }
}
