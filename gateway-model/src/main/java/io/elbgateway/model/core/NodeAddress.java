/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One address of a {@link Node}. The type is a free string in Kubernetes; the known ones are the
 * constants here.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableNodeAddress.class)
@JsonDeserialize(as = ImmutableNodeAddress.class)
public interface NodeAddress {

  /** The node's host name. */
  String HOSTNAME = "Hostname";

  /** An IP reachable inside the cluster (the VPC). */
  String INTERNAL_IP = "InternalIP";

  /** An IP reachable from outside the cluster. */
  String EXTERNAL_IP = "ExternalIP";

  /** A DNS name resolving inside the cluster. */
  String INTERNAL_DNS = "InternalDNS";

  /** A DNS name resolving outside the cluster. */
  String EXTERNAL_DNS = "ExternalDNS";

  /** The address type, e.g. {@code InternalIP}. */
  String type();

  String address();

  /** An address. */
  static NodeAddress of(String type, String address) {
    return ImmutableNodeAddress.builder().type(type).address(address).build();
  }
}
