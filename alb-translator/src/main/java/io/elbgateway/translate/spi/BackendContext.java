/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.spi;

import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.TranslatorOptions;

/** What a {@link BackendResolver} reads, and where it registers the target groups it needs. */
public interface BackendContext {

  ClusterSnapshot snapshot();

  TranslatorOptions options();

  /** The Gateway being translated. */
  Gateway gateway();

  /** The route whose backendRef is resolved. */
  Route route();

  /** The index of the route rule in {@code spec.rules}. */
  int ruleIndex();

  /** The protocol of the ELB listener the rule is programmed on (HTTP or HTTPS for an ALB). */
  Protocol listenerProtocol();

  /** The Gateway's effective LoadBalancerConfiguration (IP address type, default target groups, ...). */
  LoadBalancerConfigurationSpec loadBalancerConfiguration();

  /**
   * Declares something about a backend that no status carries, at {@code path} of {@code object}
   * (e.g. several TargetGroupConfigurations for one Service); it lands in the translation's
   * diagnostics.
   */
  void report(KubernetesObject object, String path, DeviationCode code, String message);

  /**
   * Adds a target group to the Gateway's stack, or finds the equal one already added (target
   * groups are shared wherever their settings are the same), and returns its key. The name may
   * be left empty: the registry names it with the {@link TargetGroupNamer}.
   */
  String register(TargetGroup targetGroup);
}
