/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import static io.elbgateway.testkit.alb.AlbEvalFixtures.handled;
import static io.elbgateway.testkit.alb.AlbEvalFixtures.http;
import static io.elbgateway.testkit.alb.AlbEvalFixtures.request;
import static io.elbgateway.testkit.alb.AlbEvalFixtures.rule;
import static io.elbgateway.testkit.alb.AlbEvalFixtures.stack;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.Action;
import io.elbgateway.model.elb.ActionType;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.FixedResponseActionConfig;
import io.elbgateway.model.elb.ForwardActionConfig;
import io.elbgateway.model.elb.JwtValidationActionConfig;
import io.elbgateway.model.elb.TargetGroupStickinessConfig;
import io.elbgateway.model.elb.TargetGroupTuple;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Forward shares, fixed responses, authentication before routing (alb-elbv2.md §2). */
class AlbActionTest {

  private static Handled run(Action... actions) {
    ElbStack stack =
        stack(List.of(http(80)), List.of(rule(80, "r", 1, List.of(), List.of(actions), List.of())));
    return handled(stack, request("/").build());
  }

  @Test
  void weightedForwardGivesEachGroupWeightOverSumAndZeroWeightNothing() {
    TargetGroupStickinessConfig sticky =
        TargetGroupStickinessConfig.builder().enabled(true).durationSeconds(300).build();
    Handled handled =
        run(
            Action.forward(
                ForwardActionConfig.builder()
                    .addTargetGroup(TargetGroupTuple.of("tg-a", 1))
                    .addTargetGroup(TargetGroupTuple.of("tg-b", 3))
                    .addTargetGroup(TargetGroupTuple.of("tg-c", 0))
                    .targetGroupStickinessConfig(sticky)
                    .build()));

    assertThat(handled.result()).isInstanceOf(Forwarded.class);
    Forwarded forwarded = (Forwarded) handled.result();
    assertThat(forwarded.targetGroups())
        .containsExactly(
            TargetGroupShare.of("tg-a", 1, 0.25),
            TargetGroupShare.of("tg-b", 3, 0.75),
            TargetGroupShare.of("tg-c", 0, 0.0));
    assertThat(forwarded.share("tg-b")).isEqualTo(0.75);
    assertThat(forwarded.share("absent")).isZero();
    assertThat(forwarded.stickiness()).contains(sticky);
  }

  @Test
  void aSingleUnweightedGroupTakesAllTraffic() {
    Forwarded forwarded = (Forwarded) run(Action.forward("tg-only")).result();

    assertThat(forwarded.targetGroups()).containsExactly(TargetGroupShare.of("tg-only", 1, 1.0));
  }

  @Test
  void aForwardWhoseWeightsAreAllZeroAnswers503() {
    Handled handled =
        run(
            Action.forward(
                List.of(TargetGroupTuple.of("tg-a", 0), TargetGroupTuple.of("tg-b", 0))));

    assertThat(handled.result()).isInstanceOf(LoadBalancerError.class);
    assertThat(((LoadBalancerError) handled.result()).statusCode()).isEqualTo(503);
  }

  @Test
  void fixedResponseAnswersStatusContentTypeAndBody() {
    Handled handled =
        run(
            Action.fixedResponse(
                FixedResponseActionConfig.builder()
                    .statusCode("503")
                    .contentType("application/json")
                    .messageBody("{\"down\":true}")
                    .build()));

    assertThat(handled.result())
        .isEqualTo(
            FixedResponse.builder()
                .statusCode(503)
                .contentType("application/json")
                .messageBody("{\"down\":true}")
                .build());
  }

  @Test
  void authenticateRunsBeforeTheRoutingActionInOrder() {
    Action jwt =
        Action.jwtValidation(
                JwtValidationActionConfig.builder()
                    .jwksEndpoint("https://idp.example.com/jwks")
                    .issuer("https://idp.example.com")
                    .build())
            .ordered(1);

    Handled handled = run(Action.forward("tg-app").ordered(2), jwt);

    assertThat(handled.authenticate()).containsExactly(ActionType.JWT_VALIDATION);
    assertThat(handled.result()).isInstanceOf(Forwarded.class);
  }

  @Test
  void noAuthenticateWhenTheRuleOnlyRoutes() {
    assertThat(run(Action.forward("tg-app")).authenticate()).isEmpty();
  }

  @Test
  void aRuleWithoutRoutingActionAnswers500() {
    Action jwt =
        Action.jwtValidation(
            JwtValidationActionConfig.builder()
                .jwksEndpoint("https://idp.example.com/jwks")
                .issuer("https://idp.example.com")
                .build());

    Handled handled = run(jwt);

    assertThat(handled.result()).isInstanceOf(LoadBalancerError.class);
    assertThat(((LoadBalancerError) handled.result()).statusCode()).isEqualTo(500);
  }
}
