/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws.wire;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AuthenticateCognitoActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AvailabilityZone;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.FixedResponseActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ForwardActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.HostHeaderConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.HostHeaderRewriteConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.HttpHeaderConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.HttpRequestMethodConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerAttribute;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerState;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Matcher;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.PathPatternConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.QueryStringConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.QueryStringKeyValuePair;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RedirectActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RewriteConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleTransform;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SourceIpConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupStickinessConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupTuple;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.UrlRewriteConfig;

/** ELBv2 model objects as the sync engine sends and AWS returns them, with every shape it uses. */
final class Elbv2Samples {

  static final String PREFIX = "arn:aws:elasticloadbalancing:ap-northeast-2:123456789012:";
  static final String LB_ARN = PREFIX + "loadbalancer/app/k8s-gw/50dc6c495c0c9188";
  static final String LISTENER_ARN = PREFIX + "listener/app/k8s-gw/50dc6c495c0c9188/f2f7dc8efc522ab2";
  static final String RULE_ARN = PREFIX + "listener-rule/app/k8s-gw/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee";
  static final String DEFAULT_RULE_ARN = PREFIX + "listener-rule/app/k8s-gw/50dc6c495c0c9188/f2f7dc8efc522ab2/0000000000000000";
  static final String TG_ARN = PREFIX + "targetgroup/k8s-default-web-8080/73e2d6bc24d8a067";
  static final String TG2_ARN = PREFIX + "targetgroup/k8s-default-canary-8080/4d8a06773e2d6bc2";
  static final String CERT_ARN = "arn:aws:acm:ap-northeast-2:123456789012:certificate/12345678-1234-1234-1234-123456789012";

  private Elbv2Samples() {}

  static List<Tag> tags() {
    return List.of(
        Tag.builder().key("elbgateway.io/stack").value("default/gw").build(),
        Tag.builder().key("elbgateway.io/resource").value("rule/web-0").build());
  }

  /** One condition of each field, with {@code RegexValues}, a header, and query key/value pairs. */
  static List<RuleCondition> conditions() {
    return List.of(
        RuleCondition.builder().field("path-pattern")
            .pathPatternConfig(PathPatternConditionConfig.builder().regexValues("^/api/v[0-9]+/.*$").build())
            .build(),
        RuleCondition.builder().field("host-header")
            .hostHeaderConfig(HostHeaderConditionConfig.builder().values("shop.example.com", "*.shop.example.com").build())
            .build(),
        RuleCondition.builder().field("http-header")
            .httpHeaderConfig(HttpHeaderConditionConfig.builder().httpHeaderName("X-Env").values("canary", "beta*").build())
            .build(),
        RuleCondition.builder().field("query-string")
            .queryStringConfig(QueryStringConditionConfig.builder().values(
                QueryStringKeyValuePair.builder().key("version").value("v2").build(),
                QueryStringKeyValuePair.builder().value("debug").build()).build())
            .build(),
        RuleCondition.builder().field("http-request-method")
            .httpRequestMethodConfig(HttpRequestMethodConditionConfig.builder().values("GET", "HEAD").build())
            .build(),
        RuleCondition.builder().field("source-ip")
            .sourceIpConfig(SourceIpConditionConfig.builder().values("10.0.0.0/8", "2001:db8::/32").build())
            .build());
  }

  /** A weighted forward to two target groups with stickiness. */
  static Action weightedForward() {
    return Action.builder().type("forward").order(1)
        .forwardConfig(ForwardActionConfig.builder()
            .targetGroups(
                TargetGroupTuple.builder().targetGroupArn(TG_ARN).weight(80).build(),
                TargetGroupTuple.builder().targetGroupArn(TG2_ARN).weight(20).build())
            .targetGroupStickinessConfig(TargetGroupStickinessConfig.builder().enabled(true).durationSeconds(3600).build())
            .build())
        .build();
  }

  static Action fixedResponse403() {
    return Action.builder().type("fixed-response")
        .fixedResponseConfig(FixedResponseActionConfig.builder()
            .statusCode("403").contentType("text/plain").messageBody("Forbidden <by policy> & more").build())
        .build();
  }

  static Action redirect() {
    return Action.builder().type("redirect")
        .redirectConfig(RedirectActionConfig.builder()
            .protocol("HTTPS").port("443").host("#{host}").path("/#{path}").query("#{query}").statusCode("HTTP_301").build())
        .build();
  }

  /** An authenticate action: the one ELBv2 shape with a map ({@code AuthenticationRequestExtraParams}). */
  static Action authenticateCognito() {
    return Action.builder().type("authenticate-cognito").order(1)
        .authenticateCognitoConfig(AuthenticateCognitoActionConfig.builder()
            .userPoolArn("arn:aws:cognito-idp:ap-northeast-2:123456789012:userpool/ap-northeast-2_abc")
            .userPoolClientId("client").userPoolDomain("login")
            .sessionTimeout(604800L)
            .authenticationRequestExtraParams(Map.of("prompt", "login", "display", "page"))
            .onUnauthenticatedRequest("authenticate")
            .build())
        .build();
  }

  /** A url-rewrite and a host-header-rewrite transform. */
  static List<RuleTransform> transforms() {
    return List.of(
        RuleTransform.builder().type("url-rewrite")
            .urlRewriteConfig(UrlRewriteConfig.builder()
                .rewrites(RewriteConfig.builder().regex("^/api/(.*)$").replace("/$1").build()).build())
            .build(),
        RuleTransform.builder().type("host-header-rewrite")
            .hostHeaderRewriteConfig(HostHeaderRewriteConfig.builder()
                .rewrites(RewriteConfig.builder().regex("^shop\\.example\\.com$").replace("backend.internal").build()).build())
            .build());
  }

  static Rule rule() {
    return Rule.builder().ruleArn(RULE_ARN).priority("10").isDefault(false)
        .conditions(conditions()).actions(weightedForward()).transforms(transforms()).build();
  }

  static Rule defaultRule() {
    return Rule.builder().ruleArn(DEFAULT_RULE_ARN).priority("default").isDefault(true)
        .conditions(List.of()).actions(fixedResponse403()).build();
  }

  static LoadBalancer loadBalancer() {
    return LoadBalancer.builder()
        .loadBalancerArn(LB_ARN)
        .dnsName("k8s-gw-123456.ap-northeast-2.elb.amazonaws.com")
        .canonicalHostedZoneId("ZWKZPGTI48KDX")
        .createdTime(Instant.parse("2026-11-26T08:00:00.123Z"))
        .loadBalancerName("k8s-gw")
        .scheme("internet-facing")
        .vpcId("vpc-0a1b2c3d")
        .state(LoadBalancerState.builder().code("active").build())
        .type("application")
        .availabilityZones(
            AvailabilityZone.builder().zoneName("ap-northeast-2a").subnetId("subnet-a").build(),
            AvailabilityZone.builder().zoneName("ap-northeast-2c").subnetId("subnet-c").build())
        .securityGroups("sg-1", "sg-2")
        .ipAddressType("ipv4")
        .build();
  }

  static List<LoadBalancerAttribute> accessLogAttributes() {
    return List.of(
        LoadBalancerAttribute.builder().key("access_logs.s3.enabled").value("true").build(),
        LoadBalancerAttribute.builder().key("access_logs.s3.bucket").value("logs-bucket").build(),
        LoadBalancerAttribute.builder().key("access_logs.s3.prefix").value("").build());
  }

  static List<Certificate> certificates() {
    return List.of(Certificate.builder().certificateArn(CERT_ARN).build());
  }

  static Listener listener() {
    return Listener.builder()
        .listenerArn(LISTENER_ARN).loadBalancerArn(LB_ARN).port(443).protocol("HTTPS")
        .certificates(certificates()).sslPolicy("ELBSecurityPolicy-TLS13-1-2-2021-06")
        .defaultActions(fixedResponse403())
        .build();
  }

  static TargetGroup targetGroup() {
    return TargetGroup.builder()
        .targetGroupArn(TG_ARN).targetGroupName("k8s-default-web-8080")
        .protocol("HTTP").protocolVersion("HTTP1").port(8080).vpcId("vpc-0a1b2c3d")
        .healthCheckProtocol("HTTP").healthCheckPort("traffic-port").healthCheckEnabled(true)
        .healthCheckIntervalSeconds(15).healthCheckTimeoutSeconds(5)
        .healthyThresholdCount(2).unhealthyThresholdCount(3)
        .healthCheckPath("/healthz").matcher(Matcher.builder().httpCode("200-299").build())
        .loadBalancerArns(LB_ARN).targetType("ip").ipAddressType("ipv4")
        .build();
  }

  static List<TargetDescription> targets() {
    return List.of(
        TargetDescription.builder().id("10.0.1.15").port(8080).build(),
        TargetDescription.builder().id("10.0.2.27").port(8080).availabilityZone("all").build());
  }
}
