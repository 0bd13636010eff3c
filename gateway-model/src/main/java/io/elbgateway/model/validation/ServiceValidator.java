/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import io.elbgateway.model.core.IntOrString;
import io.elbgateway.model.core.IpFamily;
import io.elbgateway.model.core.IpFamilyPolicy;
import io.elbgateway.model.core.Service;
import io.elbgateway.model.core.ServicePort;
import io.elbgateway.model.core.ServiceSpec;
import io.elbgateway.model.core.ServiceType;
import io.elbgateway.model.core.TrafficPolicy;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules the API server enforces on a Service's {@code spec} that a translation relies on: ports
 * (numbers, names, target ports, node ports, uniqueness), {@code ExternalName} Services, IP
 * families and the health-check node port.
 */
final class ServiceValidator implements Validator<Service> {

  @Override
  public void validate(Service service, Checks checks) {
    ServiceSpec spec = service.spec();
    Checks at = checks.at("spec");
    boolean externalName = spec.type() == ServiceType.EXTERNAL_NAME;
    if (!externalName && !spec.headless()) {
      at.items("ports", spec.ports(), 1, Integer.MAX_VALUE);
    }
    validatePorts(spec, at);
    if (externalName) {
      validateExternalName(spec, at);
    }
    validateIpFamilies(spec, at);
    spec.healthCheckNodePort()
        .ifPresent(
            port -> {
              Checks c = at.at("healthCheckNodePort");
              boolean allowed =
                  spec.type() == ServiceType.LOAD_BALANCER
                      && spec.externalTrafficPolicy().orElse(TrafficPolicy.CLUSTER)
                          == TrafficPolicy.LOCAL;
              if (c.require(
                  allowed,
                  "may only be set when type is LoadBalancer and externalTrafficPolicy is Local")) {
                c.range(port, 1, 65535);
              }
            });
  }

  private static void validatePorts(ServiceSpec spec, Checks at) {
    List<ServicePort> ports = spec.ports();
    boolean nameRequired = ports.size() > 1;
    Set<String> names = new HashSet<>();
    Set<String> portProtocols = new HashSet<>();
    at.each(
        "ports",
        ports,
        (c, port) -> {
          if (port.name().isEmpty() || port.name().get().isEmpty()) {
            c.at("name")
                .require(!nameRequired, "required value when the Service has more than one port");
          } else {
            String name = port.name().get();
            if (c.format("name", name, Formats.RFC1123_LABEL)) {
              c.at("name").require(names.add(name), "duplicate port name " + name);
            }
          }
          c.range("port", port.port(), 1, 65535);
          String portProtocol = port.port() + "/" + port.protocol();
          c.require(portProtocols.add(portProtocol), "duplicate port " + portProtocol);
          port.targetPort().ifPresent(target -> validateTargetPort(target, c.at("targetPort")));
          port.nodePort()
              .ifPresent(
                  nodePort -> {
                    Checks n = c.at("nodePort");
                    if (n.require(
                        spec.type() != ServiceType.CLUSTER_IP,
                        "may not be used when type is ClusterIP")) {
                      n.range(nodePort, 1, 65535);
                    }
                  });
          c.ifPresent(
              "appProtocol",
              port.appProtocol(),
              (a, value) -> a.format(value, Formats.QUALIFIED_NAME));
        });
  }

  private static void validateTargetPort(IntOrString target, Checks c) {
    if (target.isInt()) {
      c.range(target.intValue().orElseThrow(), 1, 65535);
    } else {
      c.format(target.stringValue().orElseThrow(), Formats.IANA_SVC_NAME);
    }
  }

  private static void validateExternalName(ServiceSpec spec, Checks at) {
    if (at.present("externalName", spec.externalName())) {
      String name = spec.externalName().get();
      String clean = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
      at.format("externalName", clean, Formats.PRECISE_HOSTNAME);
    }
    spec.clusterIP()
        .filter(ip -> !ip.isEmpty())
        .ifPresent(ip -> at.at("clusterIP").error("may not be set for ExternalName Services"));
  }

  private static void validateIpFamilies(ServiceSpec spec, Checks at) {
    List<IpFamily> families = spec.ipFamilies();
    if (!at.items("ipFamilies", families, 0, 2)) {
      return;
    }
    if (!at.unique("ipFamilies", families, f -> f, "IP family")) {
      return;
    }
    if (families.size() == 2 && spec.ipFamilyPolicy().orElse(null) == IpFamilyPolicy.SINGLE_STACK) {
      at.at("ipFamilyPolicy")
          .error("must be PreferDualStack or RequireDualStack when two IP families are given");
    }
  }
}
