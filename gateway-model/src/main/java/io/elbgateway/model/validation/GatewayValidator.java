/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import io.elbgateway.model.gateway.AllowedListeners;
import io.elbgateway.model.gateway.FrontendTLSConfig;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.GatewayBackendTLS;
import io.elbgateway.model.gateway.GatewayInfrastructure;
import io.elbgateway.model.gateway.GatewaySpec;
import io.elbgateway.model.gateway.GatewaySpecAddress;
import io.elbgateway.model.gateway.GatewayTLSConfig;
import io.elbgateway.model.gateway.TLSConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a Gateway against the rules of its CRD: listeners (1 to 64, unique names and
 * port/protocol/hostname, TLS per protocol, hostnames), addresses (at most 16, type format, IP and
 * hostname values well-formed and unique), infrastructure (at most 8 labels and 8 annotations,
 * key and value formats, a parametersRef without namespace), and the experimental
 * allowedListeners, tls and backendTLS fields.
 */
final class GatewayValidator implements Validator<Gateway> {

  @Override
  public void validate(Gateway gateway, Checks checks) {
    Checks spec = checks.at("spec");
    GatewaySpec s = gateway.spec();
    spec.format("gatewayClassName", s.gatewayClassName(), Formats.OBJECT_NAME);
    GatewayListenerRules.checkListeners(spec, s.listeners(), 1, false);
    checkAddresses(spec, s.addresses());
    spec.ifPresent("infrastructure", s.infrastructure(), GatewayValidator::checkInfrastructure);
    spec.ifPresent("allowedListeners", s.allowedListeners(), GatewayValidator::checkAllowedListeners);
    spec.ifPresent("tls", s.tls(), GatewayValidator::checkTls);
    spec.ifPresent("backendTLS", s.backendTLS(), GatewayValidator::checkBackendTls);
  }

  private static void checkAddresses(Checks spec, List<GatewaySpecAddress> addresses) {
    if (!spec.items("addresses", addresses, 0, 16)) {
      return;
    }
    Set<String> ips = new HashSet<>();
    Set<String> hostnames = new HashSet<>();
    spec.each(
        "addresses",
        addresses,
        (c, address) -> {
          c.format("type", address.type(), Formats.ADDRESS_TYPE);
          address
              .value()
              .ifPresent(
                  value -> {
                    Checks at = c.at("value");
                    if (!at.length(value, 0, 253)) {
                      return;
                    }
                    if (GatewaySpecAddress.IP_ADDRESS.equals(address.type())) {
                      if (at.require(IpAddresses.isIpAddress(value), "\"" + value + "\" is not a valid IP address")) {
                        at.require(ips.add(value), "IPAddress values must be unique");
                      }
                    } else if (GatewaySpecAddress.HOSTNAME.equals(address.type())) {
                      if (value.isEmpty() || at.format(value, Formats.HOSTNAME)) {
                        at.require(value.isEmpty() || hostnames.add(value), "Hostname values must be unique");
                      }
                    }
                  });
        });
  }

  private static void checkInfrastructure(Checks c, GatewayInfrastructure infrastructure) {
    checkKeyValues(c, "labels", infrastructure.labels(), true);
    checkKeyValues(c, "annotations", infrastructure.annotations(), false);
    c.ifPresent(
        "parametersRef",
        infrastructure.parametersRef(),
        (p, ref) -> {
          GatewayListenerRules.checkParametersRef(p, ref);
          if (ref.namespace().isPresent()) {
            p.at("namespace").error("must not be set: a Gateway's parametersRef is in the Gateway's namespace");
          }
        });
  }

  private static void checkKeyValues(Checks c, String field, Map<String, String> entries, boolean labels) {
    if (!c.items(field, entries, 0, 8)) {
      return;
    }
    Checks at = c.at(field);
    entries.forEach(
        (key, value) -> {
          Checks entry = at.at(key);
          if (entry.format(key, Formats.QUALIFIED_NAME)) {
            int slash = key.indexOf('/');
            entry.require(
                slash < 253,
                "the key's prefix must be a DNS subdomain of fewer than 253 characters");
          }
          if (labels) {
            entry.format(value, Formats.LABEL_VALUE);
          } else {
            entry.length(value, 0, GatewayListenerRules.ANNOTATION_VALUE_MAX);
          }
        });
  }

  private static void checkAllowedListeners(Checks c, AllowedListeners allowed) {
    GatewayListenerRules.checkSelector(
        c.at("namespaces"), allowed.namespaces().from(), allowed.namespaces().selector());
  }

  private static void checkTls(Checks c, GatewayTLSConfig tls) {
    c.ifPresent("backend", tls.backend(), GatewayValidator::checkBackendTls);
    c.ifPresent("frontend", tls.frontend(), GatewayValidator::checkFrontend);
  }

  private static void checkBackendTls(Checks c, GatewayBackendTLS backend) {
    c.ifPresent("clientCertificateRef", backend.clientCertificateRef(), GatewayListenerRules::checkSecretRef);
  }

  private static void checkFrontend(Checks c, FrontendTLSConfig frontend) {
    checkTlsConfig(c.at("default"), frontend.defaultConfig());
    if (c.items("perPort", frontend.perPort(), 0, 64)) {
      c.unique("perPort", frontend.perPort(), p -> p.port(), "port");
      c.each(
          "perPort",
          frontend.perPort(),
          (p, perPort) -> {
            p.range("port", perPort.port(), 1, 65535);
            checkTlsConfig(p.at("tls"), perPort.tls());
          });
    }
  }

  private static void checkTlsConfig(Checks c, TLSConfig config) {
    c.ifPresent("validation", config.validation(), GatewayListenerRules::checkFrontendValidation);
  }
}
