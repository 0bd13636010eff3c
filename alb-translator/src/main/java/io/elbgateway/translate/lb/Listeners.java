/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import io.elbgateway.model.aws.Attribute;
import io.elbgateway.model.aws.ListenerConfiguration;
import io.elbgateway.model.aws.MutualAuthenticationAttributes;
import io.elbgateway.model.elb.Action;
import io.elbgateway.model.elb.AlpnPolicy;
import io.elbgateway.model.elb.ElbKeys;
import io.elbgateway.model.elb.FixedResponseActionConfig;
import io.elbgateway.model.elb.ImmutableListener;
import io.elbgateway.model.elb.Listener;
import io.elbgateway.model.elb.MutualAuthentication;
import io.elbgateway.model.elb.MutualAuthenticationMode;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.translate.AlbQuotas;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.attach.ListenerPort;
import io.elbgateway.translate.attach.ResolvedListener;
import io.elbgateway.translate.status.Reasons;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The desired ALB listeners of a Gateway: one per {@link ListenerPort}, in port order.
 *
 * <ul>
 *   <li>Key {@code <load balancer key>/<PROTOCOL>:<port>}, the port's protocol and port.
 *   <li>Settings from the {@code listenerConfigurations} entry that applies ({@link
 *       ListenerConfigurationMatcher}).
 *   <li>HTTPS: certificates from the entry ({@link ListenerCertificates}); when it names none, the
 *       port's hostnames as {@code CertificateHostnames} for aws-sync to find in ACM (a port with
 *       neither is still emitted, with a diagnostic: AWS will refuse it until it has a
 *       certificate). SSL policy: the entry's, else {@link
 *       io.elbgateway.translate.TranslatorOptions#defaultSslPolicy()}. Mutual TLS from the entry.
 *   <li>HTTP: certificates, SSL policy and mutual TLS of the entry are reported and ignored.
 *   <li>Listener attributes from the entry, sorted by key; settings ALB does not have ({@code
 *       quicEnabled}, {@code targetGroupStickiness}, an {@code alpnPolicy} other than {@code None})
 *       are reported.
 *   <li>Default action: fixed-response 404 {@code text/plain}. Tags: the load balancer's.
 * </ul>
 *
 * <p>Quotas: ports beyond {@link AlbQuotas#listenersPerLoadBalancer()} (the highest ports) get no
 * ELB listener; each Gateway listener on such a port gets {@code Accepted=False/PortUnavailable}
 * naming the quota, and a diagnostic is added. Non-default certificates beyond {@link
 * AlbQuotas#certificatesPerLoadBalancer()} over the whole load balancer (counted in port order) are
 * left out; each Gateway listener on that port gets {@code ResolvedRefs=False/InvalidCertificateRef}
 * naming the quota and the certificates left out, and a diagnostic is added. Listener configuration
 * entries that apply to no port, or whose {@code protocolPort} is malformed or repeated, are
 * reported, and so are more than two listeners in mutual TLS verify mode (AWS's limit; the setting is
 * kept, since dropping it would stop checking client certificates).
 */
public final class Listeners {
  private Listeners() {}

  /** How many listeners of one ALB may use mutual TLS in verify mode ({@code alb-elbv2.md} §3.1). */
  static final int VERIFY_LISTENERS_PER_LOAD_BALANCER = 2;

  /** The fixed response of every listener's default rule. */
  static final Action DEFAULT_ACTION =
      Action.fixedResponse(FixedResponseActionConfig.builder().statusCode("404").contentType("text/plain").build());

  /** One ALB listener per port, with certificates, policies, attributes and the 404 default action. */
  public static List<Listener> build(GatewayContext context, List<ListenerPort> ports) {
    ConfigurationOwners owners = new ConfigurationOwners(context);
    AlbQuotas quotas = context.options().quotas();
    ListenerConfigurationMatcher matcher =
        new ListenerConfigurationMatcher(context.loadBalancerConfiguration().listenerConfigurations());
    Map<String, String> tags = ResourceTags.of(context, owners);
    List<ListenerPort> sorted = new ArrayList<>(ports);
    sorted.sort(Comparator.comparingInt(ListenerPort::port).thenComparing(p -> p.protocol().toString()));

    List<Listener> listeners = new ArrayList<>();
    int certificateBudget = quotas.certificatesPerLoadBalancer();
    for (int i = 0; i < sorted.size(); i++) {
      ListenerPort port = sorted.get(i);
      if (i >= quotas.listenersPerLoadBalancer()) {
        dropForListenerQuota(context, port, quotas.listenersPerLoadBalancer());
        continue;
      }
      Optional<ListenerConfiguration> entry = matcher.match(port.protocol(), port.port());
      ImmutableListener.Builder listener =
          Listener.builder()
              .key(ElbKeys.listener(context.loadBalancerKey(), port.protocol(), port.port()))
              .loadBalancerKey(context.loadBalancerKey())
              .protocol(port.protocol())
              .port(port.port())
              .addDefaultAction(DEFAULT_ACTION)
              .tags(tags);
      if (port.protocol() == Protocol.HTTPS) {
        certificateBudget = https(context, port, entry, certificateBudget, listener);
      } else {
        entry.ifPresent(e -> reportHttpsOnly(owners, e, port));
      }
      entry.ifPresent(e -> listener.attributes(attributes(e)));
      listeners.add(listener.build());
    }
    report(owners, matcher, context.loadBalancerConfiguration().listenerConfigurations());
    reportVerifyQuota(context, listeners);
    return listeners;
  }

  private static int https(
      GatewayContext context,
      ListenerPort port,
      Optional<ListenerConfiguration> entry,
      int certificateBudget,
      ImmutableListener.Builder listener) {
    ListenerCertificates certificates = ListenerCertificates.of(entry);
    if (certificates.configured()) {
      listener.certificates(certificates.take(certificateBudget));
      List<String> dropped = certificates.dropped(certificateBudget);
      if (!dropped.isEmpty()) {
        String message =
            "the load balancer may have at most "
                + context.options().quotas().certificatesPerLoadBalancer()
                + " certificates besides the default ones (quota \"Certificates per Application Load"
                + " Balancer\"); left out on HTTPS:"
                + port.port()
                + ": "
                + String.join(", ", dropped)
                + "; remove certificates or raise the quota and the translator's certificatesPerLoadBalancer";
        context.statuses().deviation(context.gateway(), "", DeviationCode.OTHER, message);
        forGatewayListeners(context, port, name -> context.gatewayStatus().listener(name)
            .unresolvedRefs(Reasons.INVALID_CERTIFICATE_REF, message));
      }
      certificateBudget = Math.max(0, certificateBudget - certificates.counted());
    } else {
      listener.certificateHostnames(port.hostnames());
      if (port.hostnames().isEmpty()) {
        context
            .statuses()
            .deviation(
                context.gateway(),
                ".spec.listeners",
                DeviationCode.OTHER,
                "the HTTPS listener on port "
                    + port.port()
                    + " has no certificate: set defaultCertificate (an ACM certificate ARN) in the"
                    + " LoadBalancerConfiguration's listenerConfigurations entry for HTTPS:"
                    + port.port()
                    + ", or give the listener or its routes a hostname for which ACM has an issued"
                    + " certificate");
      }
    }
    listener.sslPolicy(
        entry.flatMap(ListenerConfiguration::sslPolicy).orElse(context.options().defaultSslPolicy()));
    entry.flatMap(ListenerConfiguration::mutualAuthentication).map(Listeners::mutualAuthentication)
        .ifPresent(listener::mutualAuthentication);
    return certificateBudget;
  }

  private static MutualAuthentication mutualAuthentication(MutualAuthenticationAttributes attributes) {
    return MutualAuthentication.builder()
        .mode(attributes.mode())
        .trustStore(attributes.trustStore())
        .ignoreClientCertificateExpiry(attributes.ignoreClientCertificateExpiry())
        .advertiseTrustStoreCaNames(attributes.advertiseTrustStoreCaNames())
        .build();
  }

  private static Map<String, String> attributes(ListenerConfiguration entry) {
    Map<String, String> attributes = new TreeMap<>();
    for (Attribute attribute : entry.listenerAttributes()) {
      attributes.put(attribute.key(), attribute.value());
    }
    return attributes;
  }

  private static void reportHttpsOnly(ConfigurationOwners owners, ListenerConfiguration entry, ListenerPort port) {
    String where = " applies to HTTPS listeners only; ignored on the HTTP listener on port " + port.port();
    if (entry.defaultCertificate().isPresent()) {
      owners.reportListener(entry, ".defaultCertificate", "defaultCertificate" + where);
    }
    if (!entry.certificates().isEmpty()) {
      owners.reportListener(entry, ".certificates", "certificates" + where);
    }
    if (entry.sslPolicy().isPresent()) {
      owners.reportListener(entry, ".sslPolicy", "sslPolicy" + where);
    }
    if (entry.mutualAuthentication().isPresent()) {
      owners.reportListener(entry, ".mutualAuthentication", "mutualAuthentication" + where);
    }
  }

  private static void report(
      ConfigurationOwners owners, ListenerConfigurationMatcher matcher, List<ListenerConfiguration> entries) {
    for (ListenerConfiguration entry : matcher.unparsable()) {
      owners.reportListener(
          entry,
          ".protocolPort",
          "\"" + entry.protocolPort() + "\" is not PROTOCOL:PORT (e.g. HTTPS:443); the entry applies to no listener");
    }
    for (ListenerConfiguration entry : matcher.duplicates()) {
      owners.reportListener(
          entry,
          ".protocolPort",
          "another entry has the protocolPort \"" + entry.protocolPort() + "\" (ignoring case); only the first is used");
    }
    for (ListenerConfiguration entry : matcher.unused()) {
      owners.reportListener(
          entry,
          ".protocolPort",
          "\"" + entry.protocolPort() + "\" matches no listener of the load balancer; the entry is not used");
    }
    String nlbOnly = " is a Network Load Balancer setting; an Application Load Balancer ignores it";
    for (ListenerConfiguration entry : entries) {
      if (entry.quicEnabled().isPresent()) {
        owners.reportListener(entry, ".quicEnabled", "quicEnabled" + nlbOnly);
      }
      if (entry.targetGroupStickiness().isPresent()) {
        owners.reportListener(entry, ".targetGroupStickiness", "targetGroupStickiness" + nlbOnly);
      }
      if (entry.alpnPolicy() != AlpnPolicy.NONE) {
        owners.reportListener(entry, ".alpnPolicy", "alpnPolicy" + nlbOnly);
      }
    }
  }

  /**
   * AWS refuses a third listener in mutual TLS verify mode. The setting is kept (dropping it would
   * silently stop checking client certificates), and the excess is reported.
   */
  private static void reportVerifyQuota(GatewayContext context, List<Listener> listeners) {
    List<String> verifying = new ArrayList<>();
    for (Listener listener : listeners) {
      if (listener.mutualAuthentication().map(m -> m.mode() == MutualAuthenticationMode.VERIFY).orElse(false)) {
        verifying.add(listener.protocol() + ":" + listener.port());
      }
    }
    if (verifying.size() > VERIFY_LISTENERS_PER_LOAD_BALANCER) {
      context
          .statuses()
          .deviation(
              context.gateway(),
              "",
              DeviationCode.OTHER,
              "AWS allows mutual TLS verify mode on at most "
                  + VERIFY_LISTENERS_PER_LOAD_BALANCER
                  + " listeners of a load balancer; "
                  + verifying.size()
                  + " use it ("
                  + String.join(", ", verifying)
                  + "), so AWS will refuse the ones beyond the limit");
    }
  }

  private static void dropForListenerQuota(GatewayContext context, ListenerPort port, int quota) {
    String message =
        "the load balancer may have at most "
            + quota
            + " listeners (quota \"Listeners per Application Load Balancer\"); port "
            + port.port()
            + " gets none; use fewer ports or raise the quota and the translator's listenersPerLoadBalancer";
    context.statuses().deviation(context.gateway(), ".spec.listeners", DeviationCode.OTHER, message);
    forGatewayListeners(
        context, port, name -> context.gatewayStatus().listener(name).notAccepted(Reasons.PORT_UNAVAILABLE, message));
  }

  private static void forGatewayListeners(
      GatewayContext context, ListenerPort port, Consumer<String> action) {
    for (ResolvedListener listener : port.listeners()) {
      if (listener.parent().equals(context.gateway().key())) {
        action.accept(listener.name());
      }
    }
  }
}
