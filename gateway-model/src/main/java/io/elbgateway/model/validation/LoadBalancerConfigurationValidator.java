/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import io.elbgateway.model.elb.MutualAuthenticationMode;
import io.elbgateway.model.aws.ElbProtocol;
import io.elbgateway.model.aws.ListenerConfiguration;
import io.elbgateway.model.aws.LoadBalancerConfiguration;
import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.aws.MutualAuthenticationAttributes;
import io.elbgateway.model.aws.ProtocolPort;
import io.elbgateway.model.aws.SubnetConfiguration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a {@code LoadBalancerConfiguration}.
 *
 * <p>Schema rules (the API server rejects the object): {@code loadBalancerName} 1-32 characters;
 * {@code listenerConfigurations[].protocolPort} matches {@code PROTOCOL:PORT}; the
 * {@code mutualAuthentication} CEL rules ({@code trustStore} required in mode verify;
 * {@code trustStore}, {@code ignoreClientCertificateExpiry}, {@code advertiseTrustStoreCaNames} only
 * in mode verify). Enums and required fields are enforced when decoding.
 *
 * <p>Controller and AWS rules, reported as errors because the reference controller or ELBv2 fails
 * the whole Gateway on them although the API server stores the object: {@code sourceRanges} are
 * CIDRs; every {@code loadBalancerSubnets} entry sets the same subset of fields; {@code quicEnabled}
 * only on UDP or TCP_UDP listeners; tag limits. Reported as a warning: a repeated
 * {@code protocolPort} (only the last entry applies).
 *
 * <p>Left to the translator, because they depend on the merged configuration or the load balancer
 * type: EIP allocations only on internet-facing NLBs, private IPv4 allocations only on internal
 * NLBs, IPv6 allocations only on dualstack NLBs, source NAT prefixes only on NLBs, ALB-only and
 * NLB-only fields.
 */
final class LoadBalancerConfigurationValidator implements Validator<LoadBalancerConfiguration> {

  static final Format PROTOCOL_PORT =
      Format.of("protocolPort (PROTOCOL:PORT, e.g. HTTPS:443)", ProtocolPort.REGEX, 1, 13);

  @Override
  public void validate(LoadBalancerConfiguration object, Checks checks) {
    Checks spec = checks.at("spec");
    LoadBalancerConfigurationSpec s = object.spec();
    spec.ifPresent("loadBalancerName", s.loadBalancerName(), (c, name) -> c.length(name, 1, 32));
    s.loadBalancerSubnets().ifPresent(subnets -> checkSubnets(spec, subnets));
    spec.each("listenerConfigurations", s.listenerConfigurations(), this::checkListener);
    warnRepeatedProtocolPorts(spec, s.listenerConfigurations());
    s.sourceRanges().ifPresent(ranges -> spec.each("sourceRanges", ranges, Checks::cidr));
    AwsTags.check(spec, "tags", s.tags());
  }

  private void checkListener(Checks checks, ListenerConfiguration listener) {
    boolean validPort = checks.format("protocolPort", listener.protocolPort(), PROTOCOL_PORT);
    checks.ifPresent(
        "mutualAuthentication", listener.mutualAuthentication(), this::checkMutualAuthentication);
    if (validPort && listener.quicEnabled().orElse(false)) {
      Optional<ElbProtocol> protocol =
          listener.parsedProtocolPort().flatMap(ProtocolPort::protocol);
      if (protocol.isPresent()
          && protocol.get() != ElbProtocol.UDP
          && protocol.get() != ElbProtocol.TCP_UDP) {
        checks.at("quicEnabled")
            .error("QUIC needs a UDP or TCP_UDP listener, not " + protocol.get());
      }
    }
  }

  private void checkMutualAuthentication(Checks checks, MutualAuthenticationAttributes mtls) {
    if (mtls.mode() == MutualAuthenticationMode.VERIFY) {
      checks.at("trustStore")
          .require(mtls.trustStore().isPresent(), "required value when mode is verify");
      return;
    }
    String only = "may only be set when mode is verify (mode is " + mtls.mode() + ")";
    checks.at("trustStore").require(mtls.trustStore().isEmpty(), only);
    checks.at("ignoreClientCertificateExpiry")
        .require(mtls.ignoreClientCertificateExpiry().isEmpty(), only);
    checks.at("advertiseTrustStoreCaNames")
        .require(mtls.advertiseTrustStoreCaNames().isEmpty(), only);
  }

  private static void checkSubnets(Checks spec, List<SubnetConfiguration> subnets) {
    if (subnets.isEmpty()) {
      return;
    }
    Map<String, Function<SubnetConfiguration, Optional<String>>> fields = new LinkedHashMap<>();
    fields.put("identifier", SubnetConfiguration::effectiveIdentifier);
    fields.put("eipAllocation", SubnetConfiguration::eipAllocation);
    fields.put("privateIPv4Allocation", SubnetConfiguration::privateIPv4Allocation);
    fields.put("ipv6Allocation", SubnetConfiguration::ipv6Allocation);
    fields.put("sourceNatIPv6Prefix", SubnetConfiguration::sourceNatIPv6Prefix);
    SubnetConfiguration first = subnets.get(0);
    for (int i = 1; i < subnets.size(); i++) {
      Checks entry = spec.at("loadBalancerSubnets", i);
      for (Map.Entry<String, Function<SubnetConfiguration, Optional<String>>> field :
          fields.entrySet()) {
        boolean firstSets = field.getValue().apply(first).isPresent();
        boolean thisSets = field.getValue().apply(subnets.get(i)).isPresent();
        if (firstSets != thisSets) {
          entry.at(field.getKey())
              .error(
                  "set "
                      + field.getKey()
                      + " on every loadBalancerSubnets entry or on none (entry 0 "
                      + (firstSets ? "sets" : "does not set")
                      + " it)");
        }
      }
    }
  }

  private static void warnRepeatedProtocolPorts(
      Checks spec, List<ListenerConfiguration> listeners) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < listeners.size(); i++) {
      Integer earlier = seen.put(listeners.get(i).protocolPort(), i);
      if (earlier != null) {
        spec.at("listenerConfigurations", i)
            .at("protocolPort")
            .warning(
                "repeats the protocolPort of listenerConfigurations["
                    + earlier
                    + "]; only one of them applies");
      }
    }
  }
}
