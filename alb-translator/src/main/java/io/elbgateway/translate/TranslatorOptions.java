/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate;

import io.elbgateway.model.aws.TargetType;
import io.elbgateway.model.elb.LoadBalancerScheme;
import io.elbgateway.model.ModelStyle;
import java.util.Set;
import org.immutables.value.Value;

/** What a {@link Translator} is configured with; every field has a default. */
@Value.Immutable
@ModelStyle
public interface TranslatorOptions {

  /** The GatewayClass {@code controllerName}s whose Gateways become ALBs. */
  @Value.Default
  default Set<String> controllerNames() {
    return Set.of("gateway.k8s.aws/alb");
  }

  /**
   * The GatewayClass {@code controllerName}s whose Gateways become Network Load Balancers, serving
   * TCPRoute, UDPRoute and TLSRoute.
   */
  @Value.Default
  default Set<String> nlbControllerNames() {
    return Set.of("gateway.k8s.aws/nlb");
  }

  /**
   * The cluster's name: part of every derived AWS name, so that two clusters in one account never
   * collide.
   */
  @Value.Default
  default String clusterName() {
    return "elbgateway";
  }

  /** The scheme when no LoadBalancerConfiguration sets one (LBC's default too). */
  @Value.Default
  default LoadBalancerScheme defaultScheme() {
    return LoadBalancerScheme.INTERNAL;
  }

  /** The target type when no TargetGroupConfiguration sets one. */
  @Value.Default
  default TargetType defaultTargetType() {
    return TargetType.IP;
  }

  /**
   * The SSL policy of HTTPS listeners whose configuration names none: TLS 1.2 and 1.3 only, the
   * policy AWS recommends for new listeners (the API's own default, {@code ELBSecurityPolicy-2016-08},
   * still allows TLS 1.0).
   */
  @Value.Default
  default String defaultSslPolicy() {
    return "ELBSecurityPolicy-TLS13-1-2-2021-06";
  }

  /** The quotas checked before AWS sees a rule. */
  @Value.Default
  default AlbQuotas quotas() {
    return AlbQuotas.defaults();
  }

  /** The Network Load Balancer quotas checked before AWS sees a listener. */
  @Value.Default
  default NlbQuotas nlbQuotas() {
    return NlbQuotas.defaults();
  }

  /** Options with every default. */
  static TranslatorOptions defaults() {
    return ImmutableTranslatorOptions.builder().build();
  }

  /** A builder starting from the defaults. */
  static ImmutableTranslatorOptions.Builder builder() {
    return ImmutableTranslatorOptions.builder();
  }
}
