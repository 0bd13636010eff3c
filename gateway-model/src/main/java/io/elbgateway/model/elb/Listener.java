/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A desired listener of a load balancer: protocol and port, TLS settings, default actions,
 * attributes and tags.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableListener.class)
@JsonDeserialize(as = ImmutableListener.class)
public interface Listener {

  /** The logical key, {@code <load balancer key>/<PROTOCOL>:<port>} (see {@link ElbKeys}). */
  @JsonProperty("Key")
  String key();

  /** The {@link LoadBalancer#key()} of the load balancer it belongs to. */
  @JsonProperty("LoadBalancerKey")
  String loadBalancerKey();

  @JsonProperty("Protocol")
  Protocol protocol();

  @JsonProperty("Port")
  int port();

  /** Known certificates (HTTPS, TLS); the default one is marked. */
  @JsonProperty("Certificates")
  List<Certificate> certificates();

  /**
   * Hostnames still needing a certificate, which aws-sync finds among the ISSUED certificates in
   * ACM and adds to {@link #certificates()}.
   */
  @JsonProperty("CertificateHostnames")
  List<String> certificateHostnames();

  /** The security policy (HTTPS, TLS), e.g. {@code ELBSecurityPolicy-TLS13-1-2-2021-06}. */
  @JsonProperty("SslPolicy")
  Optional<String> sslPolicy();

  /** The ALPN policy (NLB TLS listeners). */
  @JsonProperty("AlpnPolicy")
  List<AlpnPolicy> alpnPolicy();

  @JsonProperty("MutualAuthentication")
  Optional<MutualAuthentication> mutualAuthentication();

  /** Listener attributes; written as {@code [{Key, Value}]}. */
  @JsonProperty("Attributes")
  @JsonSerialize(using = KeyValueListJson.Serializer.class)
  @JsonDeserialize(using = KeyValueListJson.Deserializer.class)
  Map<String, String> attributes();

  /** The actions of the default rule, taken when no rule matches. */
  @JsonProperty("DefaultActions")
  List<Action> defaultActions();

  /** Tags; written as {@code [{Key, Value}]}. */
  @JsonProperty("Tags")
  @JsonSerialize(using = KeyValueListJson.Serializer.class)
  @JsonDeserialize(using = KeyValueListJson.Deserializer.class)
  Map<String, String> tags();

  /** The default certificate, if one is known. */
  default Optional<Certificate> defaultCertificate() {
    return certificates().stream().filter(Certificate::defaultCertificate).findFirst();
  }

  /** A builder. */
  static ImmutableListener.Builder builder() {
    return ImmutableListener.builder();
  }
}
