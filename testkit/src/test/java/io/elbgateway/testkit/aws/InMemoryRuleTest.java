/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import static io.elbgateway.testkit.aws.ElbFixture.errorOf;
import static io.elbgateway.testkit.aws.ElbFixture.fixed;
import static io.elbgateway.testkit.aws.ElbFixture.forward;
import static io.elbgateway.testkit.aws.ElbFixture.host;
import static io.elbgateway.testkit.aws.ElbFixture.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.PriorityInUseException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RulePriorityPair;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleTransform;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupTuple;

class InMemoryRuleTest {

  private final ElbFixture f = new ElbFixture();
  private final String lb = f.alb("web");
  private final String listener = f.listener(lb, 80, fixed("404"));
  private final String tg = f.targetGroup("app");

  @Test
  void aPriorityIsUsedOncePerListener() {
    f.rule(listener, 10, path("/a"), forward(tg));
    assertThatThrownBy(() -> f.rule(listener, 10, path("/b"), fixed("200"))).isInstanceOf(PriorityInUseException.class);
    String other = f.listener(lb, 81, fixed("404"));
    f.rule(other, 10, path("/b"), fixed("200"));
    assertThat(errorOf(() -> f.rule(listener, 0, path("/c"), fixed("200")))).isEqualTo("ValidationError");
    assertThat(errorOf(() -> f.rule(listener, 50001, path("/c"), fixed("200")))).isEqualTo("ValidationError");
  }

  @Test
  void tooManyRulesCountsEveryListenerOfTheLoadBalancerButNotDefaultRules() {
    ElbFixture small = new ElbFixture(b -> b.quotas(ElbQuotas.builder().rulesPerLoadBalancer(2).build()));
    String lb = small.alb("web");
    String a = small.listener(lb, 80, fixed("404"));
    String b = small.listener(lb, 81, fixed("404"));
    small.rule(a, 1, path("/a"), fixed("200"));
    small.rule(b, 1, path("/b"), fixed("200"));
    assertThat(errorOf(() -> small.rule(a, 2, path("/c"), fixed("200")))).isEqualTo("TooManyRules");
  }

  @Test
  void aRuleHasAtMostFiveConditionValues() {
    assertThat(errorOf(() -> f.rule(listener, 1, path("/1", "/2", "/3", "/4", "/5", "/6"), fixed("200")))).isEqualTo("ValidationError");
    assertThat(errorOf(() -> f.elb.createRule(b -> b.listenerArn(listener).priority(1)
        .conditions(host("a.example.com", "b.example.com", "c.example.com"), path("/1", "/2", "/3")).actions(fixed("200")))))
        .isEqualTo("ValidationError");
    f.elb.createRule(b -> b.listenerArn(listener).priority(1)
        .conditions(host("*.example.com"), path("/api", "/api/*")).actions(fixed("200")));
  }

  @Test
  void aForwardTakesAtMostFiveTargetGroupsThatExist() {
    List<TargetGroupTuple> six = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      six.add(TargetGroupTuple.builder().targetGroupArn(f.targetGroup("tg" + i)).build());
    }
    Action weighted = Action.builder().type("forward").forwardConfig(c -> c.targetGroups(six)).build();
    assertThat(errorOf(() -> f.rule(listener, 1, path("/a"), weighted))).isEqualTo("TooManyTargetGroups");
    assertThat(errorOf(() -> f.rule(listener, 1, path("/a"), forward(tg + "x")))).isEqualTo("TargetGroupNotFound");
  }

  @Test
  void describeRulesShowsTheDefaultRuleLastAndPrioritiesAsStrings() {
    f.rule(listener, 20, path("/b"), fixed("200"));
    f.rule(listener, 10, path("/a"), fixed("200"));
    List<Rule> rules = f.elb.describeRules(b -> b.listenerArn(listener)).rules();
    assertThat(rules).extracting(Rule::priority).containsExactly("10", "20", "default");
    assertThat(rules).extracting(Rule::isDefault).containsExactly(false, false, true);
    assertThat(rules.get(2).conditions()).isEmpty();
  }

  @Test
  void describedActionsAndConditionsLookLikeAws() {
    Action redirect = Action.builder().type("redirect").redirectConfig(r -> r.protocol("HTTPS").port("443").statusCode("HTTP_301")).build();
    String httpsListener = f.httpsListener(lb, 443, "arn:aws:acm:us-west-2:123456789012:certificate/c", fixed("404"));
    Action oidc = Action.builder().type("authenticate-oidc").authenticateOidcConfig(o -> o.issuer("https://idp")
        .authorizationEndpoint("https://idp/a").tokenEndpoint("https://idp/t").userInfoEndpoint("https://idp/u")
        .clientId("id").clientSecret("s3cret")).build();
    String forwardRule = f.rule(listener, 1, path("/api/*"), forward(tg));
    String redirectRule = f.rule(listener, 2, host("a.example.com"), redirect);
    String authRule = f.elb.createRule(b -> b.listenerArn(httpsListener).priority(1).conditions(path("/x"))
        .actions(oidc, forward(tg))).rules().get(0).ruleArn();
    List<Rule> rules = f.elb.describeRules(b -> b.ruleArns(forwardRule, redirectRule, authRule)).rules();

    Action fwd = rules.get(0).actions().get(0);
    assertThat(fwd.order()).isEqualTo(1);
    assertThat(fwd.targetGroupArn()).isEqualTo(tg);
    assertThat(fwd.forwardConfig().targetGroups()).extracting(t -> t.targetGroupArn() + "*" + t.weight()).containsExactly(tg + "*1");
    assertThat(fwd.forwardConfig().targetGroupStickinessConfig().enabled()).isFalse();
    assertThat(rules.get(0).conditions().get(0).values()).containsExactly("/api/*");
    assertThat(rules.get(0).conditions().get(0).pathPatternConfig().values()).containsExactly("/api/*");

    var r = rules.get(1).actions().get(0).redirectConfig();
    assertThat(List.of(r.protocol(), r.port(), r.host(), r.path(), r.query()))
        .containsExactly("HTTPS", "443", "#{host}", "/#{path}", "#{query}");
    assertThat(rules.get(1).conditions().get(0).values()).containsExactly("a.example.com");

    var auth = rules.get(2).actions().get(0).authenticateOidcConfig();
    assertThat(auth.clientSecret()).isNull();
    assertThat(auth.scope()).isEqualTo("openid");
    assertThat(auth.sessionCookieName()).isEqualTo("AWSELBAuthSessionCookie");
    assertThat(auth.sessionTimeout()).isEqualTo(604800L);
    assertThat(auth.onUnauthenticatedRequestAsString()).isEqualTo("authenticate");
    assertThat(rules.get(2).actions()).extracting(Action::order).containsExactly(1, 2);
  }

  @Test
  void aRedirectToItselfIsALoop() {
    Action loop = Action.builder().type("redirect").redirectConfig(r -> r.statusCode("HTTP_302")).build();
    assertThat(errorOf(() -> f.rule(listener, 1, path("/a"), loop))).isEqualTo("InvalidLoadBalancerAction");
  }

  @Test
  void modifyRuleReplacesOnlyWhatIsPassedAndResetsTransforms() {
    RuleTransform rewrite = RuleTransform.builder().type("url-rewrite")
        .urlRewriteConfig(u -> u.rewrites(w -> w.regex("^/old/(.*)").replace("/new/$1"))).build();
    String rule = f.elb.createRule(b -> b.listenerArn(listener).priority(5).conditions(path("/old/*"))
        .actions(fixed("200")).transforms(rewrite)).rules().get(0).ruleArn();
    Rule changed = f.elb.modifyRule(b -> b.ruleArn(rule).actions(forward(tg))).rules().get(0);
    assertThat(changed.conditions().get(0).pathPatternConfig().values()).containsExactly("/old/*");
    assertThat(changed.transforms()).hasSize(1);
    assertThat(changed.priority()).isEqualTo("5");
    Rule reset = f.elb.modifyRule(b -> b.ruleArn(rule).resetTransforms(true)).rules().get(0);
    assertThat(reset.transforms()).isEmpty();
    assertThat(errorOf(() -> f.elb.createRule(b -> b.listenerArn(listener).priority(6).conditions(path("/x"))
        .actions(fixed("200")).transforms(rewrite, rewrite)))).isEqualTo("InvalidConfigurationRequest");
  }

  @Test
  void theDefaultRuleCannotBeDeletedAndAGoneRuleIsNotFound() {
    String defaultRule = f.elb.describeRules(b -> b.listenerArn(listener)).rules().get(0).ruleArn();
    assertThat(errorOf(() -> f.elb.deleteRule(b -> b.ruleArn(defaultRule)))).isEqualTo("OperationNotPermitted");
    String rule = f.rule(listener, 1, path("/a"), fixed("200"));
    f.elb.deleteRule(b -> b.ruleArn(rule));
    assertThat(errorOf(() -> f.elb.deleteRule(b -> b.ruleArn(rule)))).isEqualTo("RuleNotFound");
  }

  @Test
  void setRulePrioritiesSwapsInOneCallAndRefusesCollisions() {
    String a = f.rule(listener, 1, path("/a"), fixed("200"));
    String b = f.rule(listener, 2, path("/b"), fixed("200"));
    String c = f.rule(listener, 3, path("/c"), fixed("200"));
    f.elb.setRulePriorities(r -> r.rulePriorities(pair(a, 2), pair(b, 1)));
    assertThat(priorities()).containsExactly("/b=1", "/a=2", "/c=3");
    // Collides with c, which is not listed: nothing moves.
    assertThat(errorOf(() -> f.elb.setRulePriorities(r -> r.rulePriorities(pair(a, 3), pair(b, 4))))).isEqualTo("PriorityInUse");
    assertThat(errorOf(() -> f.elb.setRulePriorities(r -> r.rulePriorities(pair(a, 7), pair(b, 7))))).isEqualTo("PriorityInUse");
    assertThat(priorities()).containsExactly("/b=1", "/a=2", "/c=3");
    String defaultRule = f.elb.describeRules(r -> r.listenerArn(listener)).rules().get(3).ruleArn();
    assertThat(errorOf(() -> f.elb.setRulePriorities(r -> r.rulePriorities(pair(defaultRule, 9))))).isEqualTo("OperationNotPermitted");
    assertThat(c).isNotNull();
  }

  @Test
  void describeRulesPagesWithSmallPages() {
    for (int i = 1; i <= 5; i++) {
      f.rule(listener, i, path("/" + i), fixed("200"));
    }
    var first = f.elb.describeRules(b -> b.listenerArn(listener).pageSize(4));
    assertThat(first.rules()).hasSize(4);
    var second = f.elb.describeRules(b -> b.listenerArn(listener).pageSize(4).marker(first.nextMarker()));
    assertThat(second.rules()).extracting(Rule::priority).containsExactly("5", "default");
    assertThat(second.nextMarker()).isNull();
    assertThat(errorOf(() -> f.elb.describeRules(b -> b.listenerArn(listener).marker("bogus")))).isEqualTo("ValidationError");
  }

  @Test
  void aNetworkLoadBalancerRuleRoutesBySourceAddressType() {
    String nlb = f.nlb("tcp");
    String tcp = f.targetGroup("tcp", "TCP");
    String tcp6 = f.targetGroup("tcp6", "TCP");
    String listener = f.elb.createListener(b -> b.loadBalancerArn(nlb).protocol("TCP").port(443).defaultActions(forward(tcp)))
        .listeners().get(0).listenerArn();
    var condition = software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition.builder()
        .field("source-ip").sourceIpConfig(c -> c.ipAddressType("ipv6")).build();
    f.rule(listener, 1, condition, forward(tcp6));
    assertThat(errorOf(() -> f.rule(listener, 2, path("/x"), fixed("200")))).isEqualTo("InvalidLoadBalancerAction");
  }

  private List<String> priorities() {
    return f.elb.describeRules(b -> b.listenerArn(listener)).rules().stream().filter(r -> !r.isDefault())
        .map(r -> r.conditions().get(0).values().get(0) + "=" + r.priority()).collect(Collectors.toList());
  }

  private static RulePriorityPair pair(String rule, int priority) {
    return RulePriorityPair.builder().ruleArn(rule).priority(priority).build();
  }
}
