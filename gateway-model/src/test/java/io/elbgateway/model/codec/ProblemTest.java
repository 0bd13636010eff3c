/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.validation.FieldPath;
import io.elbgateway.model.validation.Severity;
import org.junit.jupiter.api.Test;

class ProblemTest {

  private static final ObjectKey ROUTE =
      ObjectKey.of("gateway.networking.k8s.io", "HTTPRoute", "my-web", "my-web");

  private static ImmutableProblem.Builder problem(int line) {
    return Problem.builder()
        .severity(Severity.ERROR)
        .location(SourceLocation.of("routes.yaml", line))
        .message("must start with \"/\"");
  }

  @Test
  void rendersFileLineObjectPathAndMessage() {
    Problem full =
        problem(42)
            .object(ROUTE)
            .path(FieldPath.parse(".spec.rules[0].matches[1].path.value"))
            .build();

    assertThat(full.render())
        .isEqualTo(
            "routes.yaml:42: HTTPRoute my-web/my-web .spec.rules[0].matches[1].path.value:"
                + " must start with \"/\"");
  }

  @Test
  void leavesOutWhatIsUnknown() {
    ObjectKey gatewayClass = ObjectKey.of("gateway.networking.k8s.io", "GatewayClass", "", "alb");

    assertThat(problem(3).object(gatewayClass).build().render())
        .isEqualTo("routes.yaml:3: GatewayClass alb: must start with \"/\"");
    assertThat(problem(3).path(FieldPath.parse(".items[2]")).build().render())
        .isEqualTo("routes.yaml:3: .items[2]: must start with \"/\"");
    assertThat(problem(3).build().render()).isEqualTo("routes.yaml:3: must start with \"/\"");
    assertThat(problem(0).build().render()).isEqualTo("routes.yaml: must start with \"/\"");
  }
}
