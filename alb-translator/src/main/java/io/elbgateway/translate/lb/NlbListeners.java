/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import io.elbgateway.model.aws.Attribute;
import io.elbgateway.model.aws.ListenerConfiguration;
import io.elbgateway.model.elb.Action;
import io.elbgateway.model.elb.AlpnPolicy;
import io.elbgateway.model.elb.ElbKeys;
import io.elbgateway.model.elb.ForwardActionConfig;
import io.elbgateway.model.elb.ImmutableForwardActionConfig;
import io.elbgateway.model.elb.ImmutableListener;
import io.elbgateway.model.elb.Listener;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.TargetGroupStickinessConfig;
import io.elbgateway.model.elb.TargetGroupTuple;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.GatewayContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The listeners of a Gateway's Network Load Balancer, one per port, each forwarding to the target
 * group of the route that port carries. The {@code listenerConfigurations} entry of a port is the
 * one whose {@code protocolPort} matches the port's protocol before QUIC (TCP, UDP, TCP_UDP or TLS;
 * a TLS Passthrough port is TCP), as in the reference controller ({@link
 * ListenerConfigurationMatcher}).
 *
 * <ul>
 *   <li>{@code quicEnabled: true}: UDP becomes QUIC and TCP_UDP becomes TCP_QUIC; on any other
 *       protocol it is reported and ignored.
 *   <li>TLS: certificates from the entry (the first the default); when it names none, the port's
 *       hostnames (listener hostnames and the carried TLSRoute's hostnames) as {@code
 *       CertificateHostnames} for aws-sync to find in ACM (none: reported, AWS will refuse the
 *       listener). Certificates beyond {@link io.elbgateway.translate.NlbQuotas#certificatesPerLoadBalancer()}
 *       over the load balancer are left out and reported. SSL policy: the entry's, else {@link
 *       io.elbgateway.translate.TranslatorOptions#defaultSslPolicy()}. ALPN: the entry's {@code
 *       alpnPolicy} unless {@code None}.
 *   <li>Not TLS: certificates, SSL policy and ALPN of the entry are reported and ignored.
 *   <li>Attributes (e.g. {@code tcp.idle_timeout.seconds}) from the entry, sorted by key;
 *       {@code mutualAuthentication} (ALB only) is reported.
 *   <li>Default action: forward to the single target group, without a weight (an NLB refuses
 *       weights), with target group stickiness when the entry's {@code targetGroupStickiness} is
 *       true.
 * </ul>
 * Not thread-safe: one per Gateway translation; call {@link #finish()} once at the end.
 */
public final class NlbListeners {

  private final GatewayContext context;
  private final ConfigurationOwners owners;
  private final ListenerConfigurationMatcher matcher;
  private final Map<String, String> tags;
  private final Map<String, Optional<ListenerConfiguration>> entries = new HashMap<>();
  private int certificateBudget;

  /** Listeners for the Gateway of {@code context}. */
  public NlbListeners(GatewayContext context) {
    this.context = context;
    this.owners = new ConfigurationOwners(context);
    this.matcher = new ListenerConfigurationMatcher(context.loadBalancerConfiguration().listenerConfigurations());
    this.tags = ResourceTags.of(context, owners);
    this.certificateBudget = context.options().nlbQuotas().certificatesPerLoadBalancer();
  }

  private Optional<ListenerConfiguration> entry(Protocol base, int port) {
    return entries.computeIfAbsent(base + ":" + port, k -> matcher.match(base, port));
  }

  /** The ELB protocol of a port of {@code base} protocol: QUIC or TCP_QUIC where quicEnabled says so. */
  public Protocol effectiveProtocol(Protocol base, int port) {
    boolean quic = entry(base, port).flatMap(ListenerConfiguration::quicEnabled).orElse(false);
    if (!quic) {
      return base;
    }
    if (base == Protocol.UDP) {
      return Protocol.QUIC;
    }
    if (base == Protocol.TCP_UDP) {
      return Protocol.TCP_QUIC;
    }
    return base;
  }

  /**
   * The listener of a port: {@code base} protocol before QUIC, {@code hostnames} for certificate
   * discovery (TLS), forwarding to {@code target} (a target group of the stack by key, or an
   * existing one by name; without a weight).
   */
  public Listener listener(Protocol base, int port, List<String> hostnames, TargetGroupTuple target) {
    Optional<ListenerConfiguration> entry = entry(base, port);
    Protocol protocol = effectiveProtocol(base, port);
    ImmutableForwardActionConfig.Builder forward =
        ForwardActionConfig.builder().addTargetGroups(target);
    if (entry.flatMap(ListenerConfiguration::targetGroupStickiness).orElse(false)) {
      forward.targetGroupStickinessConfig(TargetGroupStickinessConfig.builder().enabled(true).build());
    }
    ImmutableListener.Builder listener =
        Listener.builder()
            .key(ElbKeys.listener(context.loadBalancerKey(), protocol, port))
            .loadBalancerKey(context.loadBalancerKey())
            .protocol(protocol)
            .port(port)
            .addDefaultActions(Action.forward(forward.build()))
            .tags(tags);
    if (protocol == Protocol.TLS) {
      tls(port, entry, hostnames, listener);
    } else {
      entry.ifPresent(e -> reportTlsOnly(e, protocol, port));
    }
    entry.ifPresent(e -> {
      Map<String, String> attributes = new TreeMap<>();
      for (Attribute attribute : e.listenerAttributes()) {
        attributes.put(attribute.key(), attribute.value());
      }
      listener.attributes(attributes);
      if (e.mutualAuthentication().isPresent()) {
        owners.reportListener(e, ".mutualAuthentication",
            "mutualAuthentication is an Application Load Balancer setting; a Network Load Balancer ignores it");
      }
      if (e.quicEnabled().orElse(false) && protocol == base) {
        owners.reportListener(e, ".quicEnabled",
            "quicEnabled applies to UDP and TCP_UDP listeners only; ignored on the " + base + " listener on port " + port);
      }
    });
    return listener.build();
  }

  private void tls(int port, Optional<ListenerConfiguration> entry, List<String> hostnames, ImmutableListener.Builder listener) {
    ListenerCertificates certificates = ListenerCertificates.of(entry);
    if (certificates.configured()) {
      listener.certificates(certificates.take(certificateBudget));
      List<String> dropped = certificates.dropped(certificateBudget);
      if (!dropped.isEmpty()) {
        context.statuses().deviation(context.gateway(), "", DeviationCode.OTHER,
            "the load balancer may have at most " + context.options().nlbQuotas().certificatesPerLoadBalancer()
                + " certificates besides the default ones (quota \"Certificates per Network Load Balancer\"); left out on TLS:"
                + port + ": " + String.join(", ", dropped) + "; remove certificates or raise the quota and the translator's nlbQuotas");
      }
      certificateBudget = Math.max(0, certificateBudget - certificates.counted());
    } else {
      listener.certificateHostnames(hostnames);
      if (hostnames.isEmpty()) {
        context.statuses().deviation(context.gateway(), ".spec.listeners", DeviationCode.OTHER,
            "the TLS listener on port " + port + " has no certificate: set defaultCertificate (an ACM certificate ARN)"
                + " in the LoadBalancerConfiguration's listenerConfigurations entry for TLS:" + port
                + ", or give the listener or its TLSRoute a hostname for which ACM has an issued certificate");
      }
    }
    listener.sslPolicy(entry.flatMap(ListenerConfiguration::sslPolicy).orElse(context.options().defaultSslPolicy()));
    entry.map(ListenerConfiguration::alpnPolicy).filter(p -> p != AlpnPolicy.NONE).ifPresent(listener::addAlpnPolicy);
  }

  private void reportTlsOnly(ListenerConfiguration entry, Protocol protocol, int port) {
    String where = " applies to TLS listeners only; ignored on the " + protocol + " listener on port " + port;
    if (entry.defaultCertificate().isPresent()) {
      owners.reportListener(entry, ".defaultCertificate", "defaultCertificate" + where);
    }
    if (!entry.certificates().isEmpty()) {
      owners.reportListener(entry, ".certificates", "certificates" + where);
    }
    if (entry.sslPolicy().isPresent()) {
      owners.reportListener(entry, ".sslPolicy", "sslPolicy" + where);
    }
    if (entry.alpnPolicy() != AlpnPolicy.NONE) {
      owners.reportListener(entry, ".alpnPolicy", "alpnPolicy" + where);
    }
  }

  /** Reports the entries that are malformed, repeated or used by no listener. */
  public void finish() {
    for (ListenerConfiguration entry : matcher.unparsable()) {
      owners.reportListener(entry, ".protocolPort",
          "\"" + entry.protocolPort() + "\" is not PROTOCOL:PORT (e.g. TCP:443); the entry applies to no listener");
    }
    for (ListenerConfiguration entry : matcher.duplicates()) {
      owners.reportListener(entry, ".protocolPort",
          "another entry has the protocolPort \"" + entry.protocolPort() + "\" (ignoring case); only the first is used");
    }
    for (ListenerConfiguration entry : matcher.unused()) {
      owners.reportListener(entry, ".protocolPort",
          "\"" + entry.protocolPort() + "\" matches no listener of the load balancer; the entry is not used");
    }
  }
}
