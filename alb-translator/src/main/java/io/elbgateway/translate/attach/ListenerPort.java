/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.elb.Protocol;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * One ELB listener to be: the usable Gateway listeners that share a port (and protocol), and the
 * routes attached to them.
 */
@Value.Immutable
@ModelStyle
public interface ListenerPort {

  int port();

  /** HTTP or HTTPS. */
  Protocol protocol();

  /** The usable Gateway listeners on this port, in the spec's listener order. */
  List<ResolvedListener> listeners();

  /** Every route attachment to those listeners, in a deterministic order. */
  List<RouteAttachment> attachments();

  /**
   * The hostnames served on this port (listener hostnames and the attached routes' effective
   * hostnames), for certificate discovery when no certificate is configured.
   */
  default Set<String> hostnames() {
    Set<String> hostnames = new TreeSet<>();
    listeners().forEach(l -> l.hostname().ifPresent(hostnames::add));
    attachments().forEach(a -> hostnames.addAll(a.hostnames()));
    return hostnames;
  }

  /** A builder. */
  static ImmutableListenerPort.Builder builder() {
    return ImmutableListenerPort.builder();
  }
}
