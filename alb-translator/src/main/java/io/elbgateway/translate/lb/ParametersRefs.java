/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import io.elbgateway.model.aws.AwsKinds;
import io.elbgateway.model.aws.LoadBalancerConfiguration;
import io.elbgateway.model.meta.ParametersReference;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.status.Problem;
import io.elbgateway.translate.status.Reasons;

/**
 * Follows a {@code parametersRef} (a GatewayClass's {@code spec.parametersRef} or a Gateway's
 * {@code spec.infrastructure.parametersRef}) to the LoadBalancerConfiguration it names, or says why
 * it cannot: wrong group or kind, missing namespace, missing object. Every problem is {@code
 * InvalidParameters}, with a message that names the field and the fix.
 */
final class ParametersRefs {

  static final String KIND = AwsKinds.LOAD_BALANCER_CONFIGURATION.kind();

  private ParametersRefs() {}

  /** What following a reference gave: the configuration, or the problem. */
  static final class Result {
    private final LoadBalancerConfiguration configuration;
    private final Problem problem;

    private Result(LoadBalancerConfiguration configuration, Problem problem) {
      this.configuration = configuration;
      this.problem = problem;
    }

    boolean ok() {
      return problem == null;
    }

    LoadBalancerConfiguration configuration() {
      return configuration;
    }

    Problem problem() {
      return problem;
    }
  }

  /**
   * A GatewayClass's reference: LoadBalancerConfiguration is namespaced, so the namespace must be
   * set (Gateway API: "namespace must be set for namespaced kinds").
   */
  static Result ofGatewayClass(ClusterSnapshot snapshot, String className, ParametersReference ref) {
    String field = "GatewayClass " + className + " .spec.parametersRef";
    Problem kindProblem = checkGroupKind(field, ref);
    if (kindProblem != null) {
      return new Result(null, kindProblem);
    }
    String namespace = ref.namespace().orElse("");
    if (namespace.isEmpty()) {
      return new Result(
          null,
          invalid(
              field
                  + ".namespace: required, since "
                  + KIND
                  + " is a namespaced kind; set it to the namespace of "
                  + KIND
                  + " \""
                  + ref.name()
                  + "\""));
    }
    return lookUp(snapshot, field, namespace, ref.name());
  }

  /**
   * A Gateway's reference ({@code LocalParametersReference}): the object lives in the Gateway's
   * namespace. A namespace written on the reference (the schema has none) must be that namespace.
   */
  static Result ofGateway(
      ClusterSnapshot snapshot, String gatewayDisplay, String gatewayNamespace, ParametersReference ref) {
    String field = gatewayDisplay + " .spec.infrastructure.parametersRef";
    Problem kindProblem = checkGroupKind(field, ref);
    if (kindProblem != null) {
      return new Result(null, kindProblem);
    }
    if (ref.namespace().isPresent() && !ref.namespace().get().equals(gatewayNamespace)) {
      return new Result(
          null,
          invalid(
              field
                  + ".namespace: a Gateway's parameters must be in its own namespace \""
                  + gatewayNamespace
                  + "\" (is \""
                  + ref.namespace().get()
                  + "\"); move the "
                  + KIND
                  + " there and remove the namespace"));
    }
    return lookUp(snapshot, field, gatewayNamespace, ref.name());
  }

  private static Problem checkGroupKind(String field, ParametersReference ref) {
    if (!ref.group().equals(AwsKinds.GROUP)) {
      return invalid(
          field
              + ".group: must be \""
              + AwsKinds.GROUP
              + "\" (is \""
              + ref.group()
              + "\"); this controller reads only "
              + KIND
              + " parameters");
    }
    if (!ref.kind().equals(KIND)) {
      return invalid(
          field
              + ".kind: must be \""
              + KIND
              + "\" (is \""
              + ref.kind()
              + "\"); this controller reads only "
              + KIND
              + " parameters");
    }
    return null;
  }

  private static Result lookUp(ClusterSnapshot snapshot, String field, String namespace, String name) {
    return snapshot
        .get(LoadBalancerConfiguration.class, namespace, name)
        .map(c -> new Result(c, null))
        .orElseGet(
            () ->
                new Result(
                    null,
                    invalid(
                        field
                            + ": "
                            + KIND
                            + " "
                            + namespace
                            + "/"
                            + name
                            + " does not exist; create it or fix the reference")));
  }

  private static Problem invalid(String message) {
    return Problem.of(Reasons.INVALID_PARAMETERS, message);
  }
}
