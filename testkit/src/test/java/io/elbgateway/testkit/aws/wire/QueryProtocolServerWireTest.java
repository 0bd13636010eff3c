/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws.wire;

import static io.elbgateway.testkit.aws.wire.Elbv2Samples.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateRuleRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateRuleResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeRulesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeRulesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeSslPoliciesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeSslPoliciesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyRuleRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyRuleResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RulePriorityPair;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetRulePrioritiesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetRulePrioritiesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SslPolicy;

/**
 * What the real SDK client puts on the wire, parameter by parameter, for the shapes the sync engine
 * depends on, and what it reads back from the server's XML.
 */
class QueryProtocolServerWireTest {

  private final WireFixture wire = new WireFixture();
  private final FakeElbv2 fake = wire.fake;
  private final QueryProtocolServer server = wire.server;
  private final ElasticLoadBalancingV2Client elbv2 = wire.elbv2;

  @AfterEach
  void stop() {
    wire.close();
  }

  @Test
  void createRuleSendsRegexConditionsHeadersQueryPairsTransformsWeightedForwardAndTags() {
    fake.reply(CreateRuleResponse.builder().rules(rule()).build());

    elbv2.createRule(CreateRuleRequest.builder().listenerArn(LISTENER_ARN).priority(10)
        .conditions(conditions()).actions(weightedForward()).transforms(transforms()).tags(tags()).build());

    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("Action", "CreateRule");
    expected.put("Version", "2015-12-01");
    expected.put("ListenerArn", LISTENER_ARN);
    expected.put("Priority", "10");
    expected.put("Conditions.member.1.Field", "path-pattern");
    expected.put("Conditions.member.1.PathPatternConfig.RegexValues.member.1", "^/api/v[0-9]+/.*$");
    expected.put("Conditions.member.2.Field", "host-header");
    expected.put("Conditions.member.2.HostHeaderConfig.Values.member.1", "shop.example.com");
    expected.put("Conditions.member.2.HostHeaderConfig.Values.member.2", "*.shop.example.com");
    expected.put("Conditions.member.3.Field", "http-header");
    expected.put("Conditions.member.3.HttpHeaderConfig.HttpHeaderName", "X-Env");
    expected.put("Conditions.member.3.HttpHeaderConfig.Values.member.1", "canary");
    expected.put("Conditions.member.3.HttpHeaderConfig.Values.member.2", "beta*");
    expected.put("Conditions.member.4.Field", "query-string");
    expected.put("Conditions.member.4.QueryStringConfig.Values.member.1.Key", "version");
    expected.put("Conditions.member.4.QueryStringConfig.Values.member.1.Value", "v2");
    expected.put("Conditions.member.4.QueryStringConfig.Values.member.2.Value", "debug");
    expected.put("Conditions.member.5.Field", "http-request-method");
    expected.put("Conditions.member.5.HttpRequestMethodConfig.Values.member.1", "GET");
    expected.put("Conditions.member.5.HttpRequestMethodConfig.Values.member.2", "HEAD");
    expected.put("Conditions.member.6.Field", "source-ip");
    expected.put("Conditions.member.6.SourceIpConfig.Values.member.1", "10.0.0.0/8");
    expected.put("Conditions.member.6.SourceIpConfig.Values.member.2", "2001:db8::/32");
    expected.put("Actions.member.1.Type", "forward");
    expected.put("Actions.member.1.Order", "1");
    expected.put("Actions.member.1.ForwardConfig.TargetGroups.member.1.TargetGroupArn", TG_ARN);
    expected.put("Actions.member.1.ForwardConfig.TargetGroups.member.1.Weight", "80");
    expected.put("Actions.member.1.ForwardConfig.TargetGroups.member.2.TargetGroupArn", TG2_ARN);
    expected.put("Actions.member.1.ForwardConfig.TargetGroups.member.2.Weight", "20");
    expected.put("Actions.member.1.ForwardConfig.TargetGroupStickinessConfig.Enabled", "true");
    expected.put("Actions.member.1.ForwardConfig.TargetGroupStickinessConfig.DurationSeconds", "3600");
    expected.put("Tags.member.1.Key", "elbgateway.io/stack");
    expected.put("Tags.member.1.Value", "default/gw");
    expected.put("Tags.member.2.Key", "elbgateway.io/resource");
    expected.put("Tags.member.2.Value", "rule/web-0");
    expected.put("Transforms.member.1.Type", "url-rewrite");
    expected.put("Transforms.member.1.UrlRewriteConfig.Rewrites.member.1.Regex", "^/api/(.*)$");
    expected.put("Transforms.member.1.UrlRewriteConfig.Rewrites.member.1.Replace", "/$1");
    expected.put("Transforms.member.2.Type", "host-header-rewrite");
    expected.put("Transforms.member.2.HostHeaderRewriteConfig.Rewrites.member.1.Regex", "^shop\\.example\\.com$");
    expected.put("Transforms.member.2.HostHeaderRewriteConfig.Rewrites.member.1.Replace", "backend.internal");
    assertThat(single(server.requests().get(0))).containsExactlyInAnyOrderEntriesOf(expected);
  }

  @Test
  void setRulePrioritiesSendsEveryPairInOrder() {
    fake.reply(SetRulePrioritiesResponse.builder().build());

    elbv2.setRulePriorities(SetRulePrioritiesRequest.builder().rulePriorities(
        RulePriorityPair.builder().ruleArn(RULE_ARN).priority(20).build(),
        RulePriorityPair.builder().ruleArn(RULE_ARN + "2").priority(10).build()).build());

    assertThat(single(server.requests().get(0))).containsExactlyInAnyOrderEntriesOf(Map.of(
        "Action", "SetRulePriorities",
        "Version", "2015-12-01",
        "RulePriorities.member.1.RuleArn", RULE_ARN,
        "RulePriorities.member.1.Priority", "20",
        "RulePriorities.member.2.RuleArn", RULE_ARN + "2",
        "RulePriorities.member.2.Priority", "10"));
  }

  @Test
  void describeRulesPagesWithMarkerAndReadsTheDefaultRule() {
    fake.reply(
        DescribeRulesResponse.builder().rules(rule()).nextMarker("page-2").build(),
        DescribeRulesResponse.builder().rules(defaultRule()).build());

    List<Rule> rules = new ArrayList<>();
    elbv2.describeRulesPaginator(DescribeRulesRequest.builder().listenerArn(LISTENER_ARN).pageSize(1).build())
        .rules().forEach(rules::add);

    assertThat(rules).containsExactly(rule(), defaultRule());
    assertThat(rules.get(1).priority()).isEqualTo("default");
    assertThat(rules.get(1).isDefault()).isTrue();
    assertThat(server.requests()).hasSize(2);
    assertThat(server.requests().get(0).param("Marker")).isEmpty();
    assertThat(server.requests().get(0).param("PageSize")).contains("1");
    assertThat(server.requests().get(1).param("Marker")).contains("page-2");
  }

  @Test
  void describeRulesReplyCarriesPriorityDefaultIsDefaultAndNextMarker() {
    String xml = XmlReplyWriter.success("DescribeRules",
        DescribeRulesResponse.builder().rules(defaultRule()).nextMarker("page-2").build(), "req-1");

    assertThat(xml).contains(
        "<DescribeRulesResponse xmlns=\"http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/\">"
            + "<DescribeRulesResult><Rules><member><RuleArn>" + DEFAULT_RULE_ARN + "</RuleArn>"
            + "<Priority>default</Priority><Conditions></Conditions>");
    assertThat(xml).contains("<IsDefault>true</IsDefault>");
    assertThat(xml).contains("</Rules><NextMarker>page-2</NextMarker></DescribeRulesResult>"
        + "<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></DescribeRulesResponse>");
  }

  @Test
  void anEmptyListTravelsAsNameEqualsNothingAndArrivesSetAndEmpty() {
    fake.reply(ModifyRuleResponse.builder().build());

    ModifyRuleRequest request = ModifyRuleRequest.builder().ruleArn(RULE_ARN).transforms(List.of()).build();
    elbv2.modifyRule(request);

    assertThat(server.requests().get(0).params()).containsEntry("Transforms", List.of(""));
    ModifyRuleRequest received = (ModifyRuleRequest) fake.received().get(0);
    assertThat(received.hasTransforms()).isTrue();
    assertThat(received.transforms()).isEmpty();
    assertThat(received.hasConditions()).isFalse();
    assertThat(received).isEqualTo(request);
  }

  @Test
  void aMapTravelsAsEntryKeyValuePairs() {
    fake.reply(ModifyListenerResponse.builder().build());

    elbv2.modifyListener(ModifyListenerRequest.builder().listenerArn(LISTENER_ARN)
        .defaultActions(authenticateCognito()).build());

    Map<String, String> params = single(server.requests().get(0));
    String map = "DefaultActions.member.1.AuthenticateCognitoConfig.AuthenticationRequestExtraParams.entry.";
    Map<String, String> entries = new HashMap<>();
    for (int i = 1; i <= 2; i++) {
      entries.put(params.get(map + i + ".key"), params.get(map + i + ".value"));
    }
    assertThat(entries).containsExactlyInAnyOrderEntriesOf(Map.of("prompt", "login", "display", "page"));
    assertThat(fake.received()).containsExactly(
        ModifyListenerRequest.builder().listenerArn(LISTENER_ARN).defaultActions(authenticateCognito()).build());
  }

  @Test
  void timestampsReachTheClientToTheNanosecond() {
    Instant created = Instant.parse("2026-11-26T08:00:00.123456789Z");
    fake.reply(DescribeLoadBalancersResponse.builder()
        .loadBalancers(loadBalancer().toBuilder().createdTime(created).build()).build());

    assertThat(elbv2.describeLoadBalancers(r -> {}).loadBalancers().get(0).createdTime()).isEqualTo(created);
  }

  @Test
  void timestampsInMillisecondsAreWrittenAsAwsWritesThem() {
    String xml = XmlReplyWriter.success("DescribeLoadBalancers",
        DescribeLoadBalancersResponse.builder().loadBalancers(loadBalancer()).build(), "req-1");

    assertThat(xml).contains("<CreatedTime>2026-11-26T08:00:00.123Z</CreatedTime>");
  }

  @Test
  void anActionWhoseJavaNameDiffersInCaseIsServed() {
    // The wire name is DescribeSSLPolicies, the request class DescribeSslPoliciesRequest.
    DescribeSslPoliciesResponse response = DescribeSslPoliciesResponse.builder()
        .sslPolicies(SslPolicy.builder().name("ELBSecurityPolicy-TLS13-1-2-2021-06").sslProtocols("TLSv1.2", "TLSv1.3").build())
        .build();
    fake.reply(response);

    DescribeSslPoliciesResponse received =
        elbv2.describeSSLPolicies(DescribeSslPoliciesRequest.builder().names("ELBSecurityPolicy-TLS13-1-2-2021-06").build());

    assertThat(server.requests().get(0).action()).isEqualTo("DescribeSSLPolicies");
    assertThat(received.equalsBySdkFields(response)).isTrue();
  }

  @Test
  void xmlSpecialCharactersAreEscapedAndReadBack() {
    Rule rule = rule().toBuilder().actions(fixedResponse403()).build();
    fake.reply(CreateRuleResponse.builder().rules(rule).build());

    CreateRuleResponse received = elbv2.createRule(CreateRuleRequest.builder().listenerArn(LISTENER_ARN).priority(1)
        .conditions(conditions()).actions(fixedResponse403()).build());

    assertThat(received.rules().get(0).actions().get(0).fixedResponseConfig().messageBody())
        .isEqualTo("Forbidden <by policy> & more");
    assertThat(server.requests().get(0).param("Actions.member.1.FixedResponseConfig.MessageBody"))
        .contains("Forbidden <by policy> & more");
  }

  @Test
  void requestsAreRecordedInOrderAndCanBeCleared() {
    fake.reply(ModifyRuleResponse.builder().build(), ModifyRuleResponse.builder().build());
    elbv2.modifyRule(r -> r.ruleArn(RULE_ARN));
    server.clearRequests();
    elbv2.modifyRule(r -> r.ruleArn(RULE_ARN + "2"));

    assertThat(server.requests()).hasSize(1);
    assertThat(server.requests("ModifyRule")).hasSize(1);
    assertThat(server.requests("CreateRule")).isEmpty();
    assertThat(server.requests().get(0).param("RuleArn")).contains(RULE_ARN + "2");
  }

  /** The parameters of {@code request}, each of which must have been sent once. */
  private static Map<String, String> single(RecordedRequest request) {
    Map<String, String> out = new LinkedHashMap<>();
    request.params().forEach((name, values) -> {
      assertThat(values).as(name).hasSize(1);
      out.put(name, values.get(0));
    });
    return out;
  }
}
