/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.elb.AlpnPolicy;
import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Settings for one ELB listener ({@code spec.listenerConfigurations[]}), keyed by {@code
 * protocolPort} such as {@code HTTPS:443}: certificates, TLS policy, ALPN, mTLS, attributes.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableListenerConfiguration.class)
@JsonDeserialize(as = ImmutableListenerConfiguration.class)
public interface ListenerConfiguration {

  /**
   * {@code PROTOCOL:PORT}; either half may be left out in the schema's pattern. See {@link
   * #parsedProtocolPort()}.
   */
  String protocolPort();

  /** The ACM ARN of the listener's default certificate. */
  Optional<String> defaultCertificate();

  /** ACM ARNs of further (SNI) certificates. */
  List<String> certificates();

  /** The security policy of an HTTPS or TLS listener; unset means the controller default. */
  Optional<String> sslPolicy();

  /** The ALPN policy (NLB TLS listeners); the CRD defaults it to {@code None}. */
  @Value.Default
  default AlpnPolicy alpnPolicy() {
    return AlpnPolicy.NONE;
  }

  /** NLB: target group stickiness of the listener's weighted forward action. */
  Optional<Boolean> targetGroupStickiness();

  /** Mutual TLS (ALB HTTPS listeners). */
  Optional<MutualAuthenticationAttributes> mutualAuthentication();

  /** Listener attributes, passed to {@code ModifyListenerAttributes}. */
  List<Attribute> listenerAttributes();

  /** NLB: turn UDP into QUIC and TCP_UDP into TCP_QUIC. */
  Optional<Boolean> quicEnabled();

  /**
   * {@link #protocolPort()} split into its protocol and port, each absent when left out; empty when
   * {@code protocolPort} does not match the schema's pattern.
   */
  default Optional<ProtocolPort> parsedProtocolPort() {
    return ProtocolPort.parse(protocolPort());
  }

  /** A builder. */
  static ImmutableListenerConfiguration.Builder builder() {
    return ImmutableListenerConfiguration.builder();
  }
}
