/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import io.elbgateway.model.gateway.FromNamespaces;
import io.elbgateway.model.meta.LabelSelector;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import java.util.Optional;

/**
 * Which namespaces a {@code from} ({@code Same}, {@code All}, {@code Selector}, {@code None}) with
 * its label selector admits, as used by {@code allowedRoutes.namespaces} and
 * {@code allowedListeners.namespaces}. A {@code Selector} without a selector admits nothing (it
 * fails closed); an empty selector admits every namespace, as in Kubernetes.
 */
public final class NamespacePolicy {

  private NamespacePolicy() {}

  /**
   * Why {@code namespace} is not admitted by an owner in {@code ownNamespace}, or empty when it is.
   * Namespace labels come from the snapshot (with {@code kubernetes.io/metadata.name}).
   */
  public static Optional<String> refusal(
      FromNamespaces from,
      Optional<LabelSelector> selector,
      String ownNamespace,
      String namespace,
      ClusterSnapshot snapshot) {
    switch (from) {
      case ALL:
        return Optional.empty();
      case SAME:
        return namespace.equals(ownNamespace)
            ? Optional.empty()
            : Optional.of("from: Same admits only namespace " + ownNamespace + ", not " + namespace);
      case SELECTOR:
        if (selector.isEmpty()) {
          return Optional.of("from: Selector without a selector admits no namespace");
        }
        return selector.get().matches(snapshot.namespaceLabels(namespace))
            ? Optional.empty()
            : Optional.of("the labels of namespace " + namespace + " do not match the selector (from: Selector)");
      case NONE:
      default:
        return Optional.of("from: None admits no namespace");
    }
  }
}
