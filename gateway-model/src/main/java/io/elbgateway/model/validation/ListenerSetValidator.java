/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import io.elbgateway.model.gateway.ListenerSet;
import io.elbgateway.model.gateway.ListenerSetParentReference;

/**
 * Checks a ListenerSet or XListenerSet: the parent reference's fields, and the listener rules a
 * Gateway has too (1 to 64 entries, unique names and port/protocol/hostname, TLS per protocol),
 * with port 0 allowed in the experimental XListenerSet and protocols compared without regard to
 * case in the standard ListenerSet.
 */
final class ListenerSetValidator implements Validator<ListenerSet> {

  @Override
  public void validate(ListenerSet listenerSet, Checks checks) {
    Checks spec = checks.at("spec");
    checkParentRef(spec.at("parentRef"), listenerSet.spec().parentRef());
    boolean experimental = listenerSet.experimental();
    GatewayListenerRules.checkListeners(
        spec, listenerSet.spec().listeners(), experimental ? 0 : 1, !experimental);
  }

  private static void checkParentRef(Checks c, ListenerSetParentReference ref) {
    c.format("group", ref.group(), Formats.GROUP);
    c.format("kind", ref.kind(), Formats.KIND);
    c.format("name", ref.name(), Formats.OBJECT_NAME);
    c.ifPresent("namespace", ref.namespace(), (n, ns) -> n.format(ns, Formats.NAMESPACE));
  }
}
