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
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.elb.RuleTransform;
import java.util.List;
import org.junit.jupiter.api.Test;

/** host-header-rewrite and url-rewrite after rule selection (alb-elbv2.md §1.5). */
class AlbTransformTest {

  private static Handled run(HttpRequest request, RuleTransform... transforms) {
    ElbStack stack =
        stack(
            List.of(http(80)),
            List.of(
                rule(80, "r", 1, List.of(), List.of(Action.forward("tg")), List.of(transforms))));
    return handled(stack, request);
  }

  @Test
  void hostHeaderRewriteReplacesWithCaptureGroups() {
    Handled handled =
        run(
            request("/").host("shop.example.com").build(),
            RuleTransform.hostHeaderRewrite("^([a-z]+)\\.example\\.com$", "$1.internal.local"));

    assertThat(handled.request().host()).isEqualTo("shop.internal.local");
  }

  @Test
  void urlRewriteReplacesThePathAndKeepsTheQuery() {
    Handled handled =
        run(
            request("/old/items/7").addQueryParameter(NameValue.of("q", "1")).build(),
            RuleTransform.urlRewrite("^/old/([^?]*)", "/new/$1"));

    assertThat(handled.request().path()).isEqualTo("/new/items/7");
    assertThat(handled.request().queryParameters()).containsExactly(NameValue.of("q", "1"));
  }

  @Test
  void urlRewriteSeesTheQueryString() {
    Handled handled =
        run(
            request("/a").addQueryParameter(NameValue.of("drop", "me")).build(),
            RuleTransform.urlRewrite("\\?.*$", ""));

    assertThat(handled.request().path()).isEqualTo("/a");
    assertThat(handled.request().queryParameters()).isEmpty();
  }

  @Test
  void onlyTheFirstMatchIsReplaced() {
    Handled handled = run(request("/aaa").build(), RuleTransform.urlRewrite("a", "b"));

    assertThat(handled.request().path()).isEqualTo("/baa");
  }

  @Test
  void noMatchLeavesTheRequestUnchanged() {
    HttpRequest request = request("/keep").build();

    Handled handled =
        run(
            request,
            RuleTransform.urlRewrite("^/other", "/x"),
            RuleTransform.hostHeaderRewrite("^nomatch", "y"));

    assertThat(handled.request()).isEqualTo(request);
    assertThat(handled.result()).isInstanceOf(Forwarded.class);
  }

  @Test
  void aMatchedTransformThatCannotApplyAnswers500() {
    Handled handled = run(request("/a").build(), RuleTransform.urlRewrite("^/(a)", "/$2"));

    assertThat(handled.result()).isInstanceOf(LoadBalancerError.class);
    assertThat(((LoadBalancerError) handled.result()).statusCode()).isEqualTo(500);
  }

  @Test
  void transformsDoNotChangeTheRoutingDecision() {
    ElbStack stack =
        stack(
            List.of(http(80)),
            List.of(
                rule(
                    80,
                    "old",
                    1,
                    List.of(RuleCondition.pathPattern(List.of("/old/*"))),
                    List.of(Action.forward("tg-old")),
                    List.of(RuleTransform.urlRewrite("^/old/", "/new/"))),
                rule(80, "new", 2, List.of(RuleCondition.pathPattern(List.of("/new/*"))))));

    Handled handled = handled(stack, request("/old/x").build());

    assertThat(handled.ruleKey()).contains("old");
    assertThat(handled.request().path()).isEqualTo("/new/x");
    assertThat(((Forwarded) handled.result()).share("tg-old")).isEqualTo(1.0);
  }

  @Test
  void theDefaultActionLeavesTheRequestUnchanged() {
    ElbStack stack = stack(List.of(http(80)), List.of());
    HttpRequest request = request("/x").build();

    assertThat(handled(stack, request).request()).isEqualTo(request);
  }
}
