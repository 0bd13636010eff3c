/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import static org.assertj.core.api.Assertions.fail;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.HostHeaderConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.PathPatternConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag;

/** An in-memory AWS with short helpers that create resources through the SDK interface. */
final class ElbFixture {

  final ManualClock clock = ManualClock.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
  final InMemoryAws aws;
  final InMemoryElbv2 elb;

  ElbFixture() {
    this(b -> b);
  }

  ElbFixture(UnaryOperator<InMemoryAws.Builder> settings) {
    aws = settings.apply(InMemoryAws.builder().clock(clock)).build();
    elb = aws.elbv2();
  }

  String alb(String name) {
    return elb.createLoadBalancer(b -> b.name(name).subnets("subnet-1", "subnet-2"))
        .loadBalancers().get(0).loadBalancerArn();
  }

  String nlb(String name) {
    return elb.createLoadBalancer(b -> b.name(name).type("network").subnets("subnet-1"))
        .loadBalancers().get(0).loadBalancerArn();
  }

  String targetGroup(String name) {
    return targetGroup(name, "HTTP");
  }

  String targetGroup(String name, String protocol) {
    return elb.createTargetGroup(b -> b.name(name).protocol(protocol).port(8080).targetType("ip").vpcId(aws.vpcId()))
        .targetGroups().get(0).targetGroupArn();
  }

  String listener(String lbArn, int port, Action defaultAction) {
    return elb.createListener(b -> b.loadBalancerArn(lbArn).protocol("HTTP").port(port).defaultActions(defaultAction))
        .listeners().get(0).listenerArn();
  }

  String httpsListener(String lbArn, int port, String certificateArn, Action defaultAction) {
    return elb.createListener(b -> b.loadBalancerArn(lbArn).protocol("HTTPS").port(port)
            .certificates(Certificate.builder().certificateArn(certificateArn).build())
            .defaultActions(defaultAction))
        .listeners().get(0).listenerArn();
  }

  String rule(String listenerArn, int priority, RuleCondition condition, Action action) {
    return elb.createRule(b -> b.listenerArn(listenerArn).priority(priority).conditions(condition).actions(action))
        .rules().get(0).ruleArn();
  }

  static Action forward(String tgArn) {
    return Action.builder().type("forward").targetGroupArn(tgArn).build();
  }

  static Action fixed(String status) {
    return Action.builder().type("fixed-response").fixedResponseConfig(f -> f.statusCode(status)).build();
  }

  static RuleCondition path(String... values) {
    return RuleCondition.builder().field("path-pattern")
        .pathPatternConfig(PathPatternConditionConfig.builder().values(values).build()).build();
  }

  static RuleCondition host(String... values) {
    return RuleCondition.builder().field("host-header")
        .hostHeaderConfig(HostHeaderConditionConfig.builder().values(values).build()).build();
  }

  static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  static List<String> arns(int n, String prefix) {
    return java.util.stream.IntStream.range(0, n).mapToObj(i -> prefix + i).collect(java.util.stream.Collectors.toList());
  }

  /** The AWS error code {@code call} fails with. */
  static String errorOf(Runnable call) {
    try {
      call.run();
    } catch (AwsServiceException e) {
      return e.awsErrorDetails().errorCode();
    }
    return fail("expected an AWS error");
  }
}
