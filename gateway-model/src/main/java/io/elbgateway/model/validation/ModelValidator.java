/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import io.elbgateway.model.aws.ListenerRuleConfiguration;
import io.elbgateway.model.aws.LoadBalancerConfiguration;
import io.elbgateway.model.aws.TargetGroupConfiguration;
import io.elbgateway.model.core.EndpointSlice;
import io.elbgateway.model.core.Service;
import io.elbgateway.model.gateway.BackendTLSPolicy;
import io.elbgateway.model.gateway.GRPCRoute;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.GatewayClass;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.model.gateway.ListenerSet;
import io.elbgateway.model.gateway.ReferenceGrant;
import io.elbgateway.model.gateway.TCPRoute;
import io.elbgateway.model.gateway.TLSRoute;
import io.elbgateway.model.gateway.UDPRoute;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectMeta;
import java.util.List;

/**
 * Validates any model object against the schema its API server enforces: metadata first, then the
 * rules of its kind. Never throws on a well-formed value; every problem becomes a
 * {@link Violation}.
 */
public final class ModelValidator {

  private static final List<Registration<?>> REGISTRY =
      List.of(
          register(GatewayClass.class, new GatewayClassValidator()),
          register(Gateway.class, new GatewayValidator()),
          register(ListenerSet.class, new ListenerSetValidator()),
          register(HTTPRoute.class, new HTTPRouteValidator()),
          register(GRPCRoute.class, new GRPCRouteValidator()),
          register(TLSRoute.class, new TLSRouteValidator()),
          register(TCPRoute.class, new TCPRouteValidator()),
          register(UDPRoute.class, new UDPRouteValidator()),
          register(ReferenceGrant.class, new ReferenceGrantValidator()),
          register(BackendTLSPolicy.class, new BackendTLSPolicyValidator()),
          register(LoadBalancerConfiguration.class, new LoadBalancerConfigurationValidator()),
          register(TargetGroupConfiguration.class, new TargetGroupConfigurationValidator()),
          register(ListenerRuleConfiguration.class, new ListenerRuleConfigurationValidator()),
          register(Service.class, new ServiceValidator()),
          register(EndpointSlice.class, new EndpointSliceValidator()));

  private ModelValidator() {}

  /** Every violation in {@code object}, in field order; empty when the object is valid. */
  public static List<Violation> validate(KubernetesObject object) {
    Checks checks = Checks.forObject(object.key());
    validateMetadata(object.metadata(), checks.at("metadata"));
    for (Registration<?> registration : REGISTRY) {
      registration.validateIfApplicable(object, checks);
    }
    return checks.violations();
  }

  private static void validateMetadata(ObjectMeta metadata, Checks checks) {
    checks.format("name", metadata.name(), Formats.OBJECT_NAME);
    checks.ifPresent("namespace", metadata.namespace(), (c, ns) -> c.format(ns, Formats.NAMESPACE));
  }

  private static final class Registration<T extends KubernetesObject> {
    private final Class<T> type;
    private final Validator<T> validator;

    private Registration(Class<T> type, Validator<T> validator) {
      this.type = type;
      this.validator = validator;
    }

    void validateIfApplicable(KubernetesObject object, Checks checks) {
      if (type.isInstance(object)) {
        validator.validate(type.cast(object), checks);
      }
    }
  }

  private static <T extends KubernetesObject> Registration<T> register(
      Class<T> type, Validator<T> validator) {
    return new Registration<>(type, validator);
  }
}
