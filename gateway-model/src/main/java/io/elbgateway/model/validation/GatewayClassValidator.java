/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import io.elbgateway.model.gateway.GatewayClass;
import io.elbgateway.model.gateway.GatewayClassSpec;
import java.util.Set;

/**
 * Checks a GatewayClass: no namespace (it is cluster-scoped), {@code controllerName} format,
 * {@code description} of at most 64 characters, and the {@code parametersRef} fields; a reference
 * to a kind known to be namespaced without a namespace gets a warning.
 */
final class GatewayClassValidator implements Validator<GatewayClass> {

  /** Parameter kinds known to be namespaced, as {@code group/kind}. */
  private static final Set<String> NAMESPACED_KINDS =
      Set.of(
          "/ConfigMap",
          "/Secret",
          "gateway.k8s.aws/LoadBalancerConfiguration",
          "gateway.k8s.aws/TargetGroupConfiguration",
          "gateway.k8s.aws/ListenerRuleConfiguration");

  @Override
  public void validate(GatewayClass gatewayClass, Checks checks) {
    if (gatewayClass.metadata().namespace().isPresent()) {
      checks.at("metadata").at("namespace").error("must not be set: GatewayClass is cluster-scoped");
    }
    Checks spec = checks.at("spec");
    GatewayClassSpec s = gatewayClass.spec();
    spec.format("controllerName", s.controllerName(), Formats.CONTROLLER_NAME);
    spec.ifPresent("description", s.description(), (c, d) -> c.length(d, 0, 64));
    spec.ifPresent(
        "parametersRef",
        s.parametersRef(),
        (c, ref) -> {
          GatewayListenerRules.checkParametersRef(c, ref);
          c.ifPresent("namespace", ref.namespace(), (n, ns) -> n.format(ns, Formats.NAMESPACE));
          if (ref.namespace().isEmpty() && NAMESPACED_KINDS.contains(ref.group() + "/" + ref.kind())) {
            c.at("namespace").warning("must be set: " + ref.kind() + " is a namespaced kind");
          }
        });
  }
}
