/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import io.elbgateway.model.gateway.BackendRef;
import io.elbgateway.translate.spi.BackendContext;
import io.elbgateway.translate.spi.BackendResolution;
import io.elbgateway.translate.spi.BackendResolver;
import io.elbgateway.translate.status.Reasons;

/**
 * Resolves {@code TargetGroupName} backendRefs (group {@code ""}, the default, as the reference
 * controller reads them, {@code lbc-gateway.md} §3.5): {@code name} is the ELB name of an existing
 * target group that elbgateway does not manage, used as is by ALB rules and NLB listeners.
 *
 * <ul>
 *   <li>The name must be a valid ELB target group name: 1 to 32 letters, digits and hyphens, not
 *       starting or ending with a hyphen; else {@code UnsupportedValue}, so that AWS never sees it.
 *   <li>{@code namespace} and {@code port} are not read: a target group is no Kubernetes object,
 *       and it has its own port, protocol and targets.
 *   <li>The stack gets no target group for it: the forward names it with {@link
 *       io.elbgateway.model.elb.TargetGroupTuple#targetGroupName()}. aws-sync resolves the name to
 *       the target group's ARN when it applies the stack, and never creates, modifies, tags,
 *       deletes or registers targets in that target group. Whether the target group fits the
 *       listener (its protocol, its VPC, whether another load balancer already uses it) only AWS
 *       knows, so such a mismatch shows when the stack is applied, not here.
 * </ul>
 */
public final class TargetGroupNameBackends implements BackendResolver {

  /** The backendRef kind. */
  public static final String KIND = "TargetGroupName";

  @Override
  public String group() {
    return "";
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public BackendResolution resolve(BackendRef ref, String path, BackendContext context) {
    String name = ref.name();
    if (!ServiceBackends.ELB_NAME.matcher(name).matches()) {
      return BackendResolution.invalid(
          Reasons.UNSUPPORTED_VALUE,
          path + ".name: \"" + name
              + "\" is not a valid target group name (1 to 32 letters, digits and hyphens, not starting or ending with a hyphen); name an existing target group as AWS shows it");
    }
    return BackendResolution.servedByExisting(name);
  }
}
