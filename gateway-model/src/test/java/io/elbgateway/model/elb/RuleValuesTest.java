/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elbgateway.model.codec.ModelMappers;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleValuesTest {

  @Test
  void conditionFactoriesSetFieldAndConfig() {
    RuleCondition host = RuleCondition.hostHeader(List.of("*.example.com"));
    assertThat(host.field()).isEqualTo(ConditionField.HOST_HEADER);
    assertThat(host.hostHeaderConfig().orElseThrow().values()).containsExactly("*.example.com");
    assertThat(RuleCondition.httpRequestMethod(List.of("GET")).field())
        .isEqualTo(ConditionField.HTTP_REQUEST_METHOD);
    assertThat(RuleCondition.sourceIp(List.of("10.0.0.0/8")).sourceIpConfig()).isPresent();
    assertThat(RuleCondition.queryString(List.of(QueryStringKeyValuePair.of("a", "b"))).field())
        .isEqualTo(ConditionField.QUERY_STRING);
  }

  @Test
  void conditionWithConfigOfAnotherFieldIsRejected() {
    assertThatThrownBy(
            () ->
                RuleCondition.builder()
                    .field(ConditionField.PATH_PATTERN)
                    .hostHeaderConfig(
                        ImmutableHostHeaderConditionConfig.builder().addValue("a.b").build())
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("path-pattern");
    assertThatThrownBy(() -> RuleCondition.builder().field(ConditionField.SOURCE_IP).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void actionWithoutItsConfigIsRejected() {
    assertThatThrownBy(
            () ->
                Action.builder()
                    .type(ActionType.FORWARD)
                    .fixedResponseConfig(
                        ImmutableFixedResponseActionConfig.builder().statusCode("500").build())
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("forward");
  }

  @Test
  void routingActionsAreForwardRedirectAndFixedResponse() {
    assertThat(Action.forward("infra/web/shop/cart:80").routing()).isTrue();
    assertThat(Action.fixedResponse("404").routing()).isTrue();
    Action jwt =
        Action.jwtValidation(
            ImmutableJwtValidationActionConfig.builder()
                .jwksEndpoint("https://i/jwks")
                .issuer("https://i")
                .build());
    assertThat(jwt.routing()).isFalse();
    assertThat(jwt.ordered(1).order()).contains(1);
  }

  @Test
  void singleTargetForwardHasNoWeight() {
    String json = ModelMappers.json().writeValueAsString(Action.forward("infra/web/shop/cart:80"));
    assertThat(json)
        .isEqualTo(
            "{\"Type\":\"forward\",\"ForwardConfig\":{\"TargetGroups\":[{\"TargetGroupKey\":\"infra/web/shop/cart:80\"}]}}");
  }

  @Test
  void transformWithConfigOfAnotherTypeIsRejected() {
    assertThatThrownBy(
            () ->
                RuleTransform.builder()
                    .type(TransformType.URL_REWRITE)
                    .hostHeaderRewriteConfig(
                        ImmutableHostHeaderRewriteConfig.builder()
                            .addRewrite(RewriteConfig.of(".*", "x"))
                            .build())
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("url-rewrite");
  }

  @Test
  void readsAwsCliShapedRule() {
    String json =
        "{\"Key\":\"infra/web/HTTP:80/HTTPRoute/shop/cart/0/0\",\"ListenerKey\":\"infra/web/HTTP:80\","
            + "\"Priority\":3,"
            + "\"Conditions\":[{\"Field\":\"path-pattern\",\"PathPatternConfig\":{\"Values\":[\"/api\",\"/api/*\"]}}],"
            + "\"Actions\":[{\"Type\":\"forward\",\"ForwardConfig\":{\"TargetGroups\":"
            + "[{\"TargetGroupKey\":\"infra/web/shop/cart:80\",\"Weight\":1}]}}],"
            + "\"Tags\":[{\"Key\":\"owner\",\"Value\":\"shop\"}],\"SomethingNew\":true}";
    ListenerRule rule = ModelMappers.json().readValue(json, ListenerRule.class);
    assertThat(rule.priority()).isEqualTo(3);
    assertThat(rule.conditions().get(0).pathPatternConfig().orElseThrow().values())
        .containsExactly("/api", "/api/*");
    assertThat(rule.actions().get(0).forwardConfig().orElseThrow().targetGroups().get(0).weight())
        .contains(1);
    assertThat(rule.tags()).containsEntry("owner", "shop");
    assertThat(rule.transforms()).isEmpty();
  }

  @Test
  void targetsAreSortedByIdPortAndZone() {
    TargetGroup tg =
        TargetGroup.builder()
            .key("k")
            .name("n")
            .addTarget(TargetDescription.of("10.0.0.2", 80))
            .addTarget(TargetDescription.of("10.0.0.1", 8080))
            .addTarget(TargetDescription.of("10.0.0.1", 80))
            .build();
    assertThat(tg.targets())
        .extracting(t -> t.id() + ":" + t.port().orElseThrow())
        .containsExactly("10.0.0.1:80", "10.0.0.1:8080", "10.0.0.2:80");
  }
}
