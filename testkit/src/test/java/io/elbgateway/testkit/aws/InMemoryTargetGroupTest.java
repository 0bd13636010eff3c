/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import static io.elbgateway.testkit.aws.ElbFixture.errorOf;
import static io.elbgateway.testkit.aws.ElbFixture.fixed;
import static io.elbgateway.testkit.aws.ElbFixture.forward;
import static io.elbgateway.testkit.aws.ElbFixture.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DuplicateTargetGroupNameException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ResourceInUseException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupAttribute;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;

class InMemoryTargetGroupTest {

  private final ElbFixture f = new ElbFixture();

  @Test
  void healthCheckDefaultsAreFilledAsAwsDoes() {
    TargetGroup tg = f.elb.createTargetGroup(b -> b.name("app").protocol("HTTP").port(8080).vpcId(f.aws.vpcId()))
        .targetGroups().get(0);
    assertThat(tg.targetGroupArn()).matches("arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/app/[0-9a-f]{16}");
    assertThat(tg.healthCheckProtocolAsString()).isEqualTo("HTTP");
    assertThat(tg.healthCheckPort()).isEqualTo("traffic-port");
    assertThat(tg.healthCheckPath()).isEqualTo("/");
    assertThat(tg.healthCheckIntervalSeconds()).isEqualTo(30);
    assertThat(tg.healthCheckTimeoutSeconds()).isEqualTo(6);
    assertThat(tg.healthyThresholdCount()).isEqualTo(5);
    assertThat(tg.unhealthyThresholdCount()).isEqualTo(2);
    assertThat(tg.matcher().httpCode()).isEqualTo("200");
    assertThat(tg.targetTypeAsString()).isEqualTo("instance");
    assertThat(tg.protocolVersion()).isEqualTo("HTTP1");
    TargetGroup https = f.elb.createTargetGroup(b -> b.name("secure").protocol("HTTPS").port(8443).vpcId(f.aws.vpcId())
        .healthCheckProtocol("HTTPS")).targetGroups().get(0);
    assertThat(https.healthCheckTimeoutSeconds()).isEqualTo(10);
  }

  @Test
  void createWithIdenticalSettingsReturnsTheExistingOneAndOtherSettingsAreADuplicate() {
    String arn = f.targetGroup("app");
    assertThat(f.targetGroup("app")).isEqualTo(arn);
    assertThatThrownBy(() -> f.targetGroup("app", "HTTPS")).isInstanceOf(DuplicateTargetGroupNameException.class);
  }

  @Test
  void instanceAndIpTargetGroupsNeedAVpc() {
    assertThat(errorOf(() -> f.elb.createTargetGroup(b -> b.name("app").protocol("HTTP").port(80)))).isEqualTo("ValidationError");
  }

  @Test
  void tooManyTargetGroups() {
    ElbFixture small = new ElbFixture(b -> b.quotas(ElbQuotas.builder().targetGroupsPerRegion(1).build()));
    small.targetGroup("a");
    assertThat(errorOf(() -> small.targetGroup("b"))).isEqualTo("TooManyTargetGroups");
  }

  @Test
  void aTargetGroupInUseCannotBeDeletedAndAGoneOneIsNotFound() {
    String lb = f.alb("web");
    String tg = f.targetGroup("app");
    String listener = f.listener(lb, 80, fixed("404"));
    String rule = f.rule(listener, 1, path("/api/*"), forward(tg));
    assertThatThrownBy(() -> f.elb.deleteTargetGroup(b -> b.targetGroupArn(tg))).isInstanceOf(ResourceInUseException.class);
    f.elb.deleteRule(b -> b.ruleArn(rule));
    f.elb.deleteTargetGroup(b -> b.targetGroupArn(tg));
    assertThat(errorOf(() -> f.elb.deleteTargetGroup(b -> b.targetGroupArn(tg)))).isEqualTo("TargetGroupNotFound");
  }

  @Test
  void aTargetGroupListsTheLoadBalancersThatForwardToIt() {
    String lb = f.alb("web");
    String tg = f.targetGroup("app");
    f.listener(lb, 80, forward(tg));
    assertThat(f.elb.describeTargetGroups(b -> b.targetGroupArns(tg)).targetGroups().get(0).loadBalancerArns()).containsExactly(lb);
    assertThat(f.elb.describeTargetGroups(b -> b.loadBalancerArn(lb)).targetGroups()).extracting(TargetGroup::targetGroupArn).containsExactly(tg);
    assertThat(f.elb.describeTargetGroups(b -> b.names("app")).targetGroups()).hasSize(1);
    assertThat(errorOf(() -> f.elb.describeTargetGroups(b -> b.names("nope")))).isEqualTo("TargetGroupNotFound");
  }

  @Test
  void aTargetGroupServesOneLoadBalancerOnly() {
    String tg = f.targetGroup("app");
    f.listener(f.alb("one"), 80, forward(tg));
    String other = f.listener(f.alb("two"), 80, fixed("404"));
    assertThat(errorOf(() -> f.rule(other, 1, path("/x"), forward(tg)))).isEqualTo("TargetGroupAssociationLimit");
  }

  @Test
  void describeTargetGroupsPages() {
    for (int i = 0; i < 7; i++) {
      f.targetGroup("tg" + i);
    }
    var first = f.elb.describeTargetGroups(b -> b.pageSize(3));
    assertThat(first.targetGroups()).hasSize(3);
    assertThat(f.elb.describeTargetGroupsPaginator(b -> b.pageSize(3)).targetGroups()).hasSize(7);
  }

  @Test
  void modifyTargetGroupChangesHealthCheckOnly() {
    String tg = f.targetGroup("app");
    TargetGroup changed = f.elb.modifyTargetGroup(b -> b.targetGroupArn(tg).healthCheckPath("/healthz")
        .matcher(m -> m.httpCode("200-299"))).targetGroups().get(0);
    assertThat(changed.healthCheckPath()).isEqualTo("/healthz");
    assertThat(changed.matcher().httpCode()).isEqualTo("200-299");
    assertThat(changed.port()).isEqualTo(8080);
  }

  @Test
  void attributesHaveAwsDefaultsPerKind() {
    Map<String, String> alb = attributes(f.targetGroup("app"));
    assertThat(alb).containsEntry("deregistration_delay.timeout_seconds", "300")
        .containsEntry("stickiness.enabled", "false").containsEntry("stickiness.type", "lb_cookie")
        .containsEntry("load_balancing.algorithm.type", "round_robin");
    assertThat(attributes(f.targetGroup("tcp", "TCP"))).containsEntry("stickiness.type", "source_ip");
    String tg = f.targetGroup("app");
    f.elb.modifyTargetGroupAttributes(b -> b.targetGroupArn(tg)
        .attributes(TargetGroupAttribute.builder().key("deregistration_delay.timeout_seconds").value("30").build()));
    assertThat(attributes(tg)).containsEntry("deregistration_delay.timeout_seconds", "30");
    assertThat(errorOf(() -> f.elb.modifyTargetGroupAttributes(b -> b.targetGroupArn(tg)
        .attributes(TargetGroupAttribute.builder().key("nope").value("1").build())))).isEqualTo("InvalidConfigurationRequest");
  }

  private Map<String, String> attributes(String tg) {
    return f.elb.describeTargetGroupAttributes(b -> b.targetGroupArn(tg)).attributes().stream()
        .collect(Collectors.toMap(TargetGroupAttribute::key, TargetGroupAttribute::value));
  }

  @Test
  void registeringTwiceIsANoOpAndTargetsTurnHealthyAfterOneDescribe() {
    String tg = f.targetGroup("app");
    f.listener(f.alb("web"), 80, forward(tg));
    f.elb.registerTargets(b -> b.targetGroupArn(tg).targets(target("10.0.0.1")));
    f.elb.registerTargets(b -> b.targetGroupArn(tg).targets(target("10.0.0.1")));
    assertThat(states(tg)).containsExactly("10.0.0.1:8080=initial");
    assertThat(states(tg)).containsExactly("10.0.0.1:8080=healthy");
  }

  @Test
  void targetsOfAnUnusedTargetGroupAreUnused() {
    String tg = f.targetGroup("app");
    f.elb.registerTargets(b -> b.targetGroupArn(tg).targets(target("10.0.0.1")));
    TargetHealthDescription d = f.elb.describeTargetHealth(b -> b.targetGroupArn(tg)).targetHealthDescriptions().get(0);
    assertThat(d.targetHealth().stateAsString()).isEqualTo("unused");
    assertThat(d.targetHealth().reasonAsString()).isEqualTo("Target.NotInUse");
  }

  @Test
  void deregisteredTargetsDrainForTheDeregistrationDelayOnTheClock() {
    String tg = f.targetGroup("app");
    f.listener(f.alb("web"), 80, forward(tg));
    f.elb.modifyTargetGroupAttributes(b -> b.targetGroupArn(tg)
        .attributes(TargetGroupAttribute.builder().key("deregistration_delay.timeout_seconds").value("60").build()));
    f.elb.registerTargets(b -> b.targetGroupArn(tg).targets(target("10.0.0.1"), target("10.0.0.2")));
    f.elb.deregisterTargets(b -> b.targetGroupArn(tg).targets(target("10.0.0.1"), target("10.9.9.9")));
    TargetHealthDescription draining = f.elb.describeTargetHealth(b -> b.targetGroupArn(tg)).targetHealthDescriptions().get(0);
    assertThat(draining.targetHealth().stateAsString()).isEqualTo("draining");
    assertThat(draining.targetHealth().reasonAsString()).isEqualTo("Target.DeregistrationInProgress");
    f.clock.advance(Duration.ofSeconds(59));
    assertThat(states(tg)).contains("10.0.0.1:8080=draining");
    f.clock.advance(Duration.ofSeconds(1));
    assertThat(states(tg)).containsExactly("10.0.0.2:8080=healthy");
  }

  @Test
  void tooManyTargets() {
    ElbFixture small = new ElbFixture(b -> b.quotas(ElbQuotas.builder().targetsPerTargetGroup(2).build()));
    String tg = small.targetGroup("app");
    small.elb.registerTargets(b -> b.targetGroupArn(tg).targets(target("10.0.0.1"), target("10.0.0.2")));
    assertThat(errorOf(() -> small.elb.registerTargets(b -> b.targetGroupArn(tg).targets(target("10.0.0.3")))))
        .isEqualTo("TooManyTargets");
  }

  private List<String> states(String tg) {
    return f.elb.describeTargetHealth(b -> b.targetGroupArn(tg)).targetHealthDescriptions().stream()
        .map(d -> d.target().id() + ":" + d.target().port() + "=" + d.targetHealth().stateAsString())
        .collect(Collectors.toList());
  }

  private static TargetDescription target(String ip) {
    return TargetDescription.builder().id(ip).build();
  }
}
