/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import static io.elbgateway.testkit.aws.ElbFixture.errorOf;
import static io.elbgateway.testkit.aws.ElbFixture.fixed;
import static io.elbgateway.testkit.aws.ElbFixture.path;
import static io.elbgateway.testkit.aws.ElbFixture.tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag;

class InMemoryTagsTest {

  private final ElbFixture f = new ElbFixture();

  @Test
  void tagsSetAtCreationAreReadBackForEveryKindOfResource() {
    String lb = f.elb.createLoadBalancer(b -> b.name("web").subnets("subnet-1", "subnet-2").tags(tag("owner", "me")))
        .loadBalancers().get(0).loadBalancerArn();
    String tg = f.elb.createTargetGroup(b -> b.name("app").protocol("HTTP").port(80).vpcId(f.aws.vpcId()).tags(tag("owner", "tg")))
        .targetGroups().get(0).targetGroupArn();
    String listener = f.elb.createListener(b -> b.loadBalancerArn(lb).protocol("HTTP").port(80).defaultActions(fixed("404"))
        .tags(tag("owner", "listener"))).listeners().get(0).listenerArn();
    String rule = f.elb.createRule(b -> b.listenerArn(listener).priority(1).conditions(path("/a")).actions(fixed("200"))
        .tags(tag("owner", "rule"))).rules().get(0).ruleArn();
    assertThat(f.elb.describeTags(b -> b.resourceArns(lb, tg, listener, rule)).tagDescriptions())
        .extracting(d -> d.tags().get(0).value()).containsExactly("me", "tg", "listener", "rule");
  }

  @Test
  void describeTagsTakesAtMost20Arns() {
    List<String> arns = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      arns.add(f.targetGroup("tg" + i));
    }
    assertThat(errorOf(() -> f.elb.describeTags(b -> b.resourceArns(arns)))).isEqualTo("ValidationError");
    assertThat(f.elb.describeTags(b -> b.resourceArns(arns.subList(0, 20))).tagDescriptions()).hasSize(20);
  }

  @Test
  void addTagsOverwritesAndRemoveTagsRemoves() {
    String tg = f.targetGroup("app");
    f.elb.addTags(b -> b.resourceArns(tg).tags(tag("a", "1"), tag("b", "2")));
    f.elb.addTags(b -> b.resourceArns(tg).tags(tag("a", "3")));
    f.elb.removeTags(b -> b.resourceArns(tg).tagKeys("b"));
    assertThat(tags(tg)).containsExactly("a=3");
  }

  @Test
  void atMost50TagsAndNoRepeatedKeys() {
    String tg = f.targetGroup("app");
    List<Tag> fifty = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      fifty.add(tag("k" + i, "v"));
    }
    f.elb.addTags(b -> b.resourceArns(tg).tags(fifty));
    assertThat(errorOf(() -> f.elb.addTags(b -> b.resourceArns(tg).tags(tag("one-more", "v"))))).isEqualTo("TooManyTags");
    assertThat(errorOf(() -> f.elb.addTags(b -> b.resourceArns(tg).tags(tag("k0", "x"), tag("k0", "y"))))).isEqualTo("DuplicateTagKeys");
  }

  @Test
  void unknownResourcesAreNotFoundByKind() {
    String prefix = "arn:aws:elasticloadbalancing:us-west-2:123456789012:";
    assertThat(errorOf(() -> f.elb.describeTags(b -> b.resourceArns(prefix + "loadbalancer/app/x/1")))).isEqualTo("LoadBalancerNotFound");
    assertThat(errorOf(() -> f.elb.describeTags(b -> b.resourceArns(prefix + "targetgroup/x/1")))).isEqualTo("TargetGroupNotFound");
    assertThat(errorOf(() -> f.elb.addTags(b -> b.resourceArns(prefix + "listener/app/x/1/2").tags(tag("a", "b"))))).isEqualTo("ListenerNotFound");
    assertThat(errorOf(() -> f.elb.removeTags(b -> b.resourceArns(prefix + "listener-rule/app/x/1/2/3").tagKeys("a")))).isEqualTo("RuleNotFound");
  }

  private List<String> tags(String arn) {
    return f.elb.describeTags(b -> b.resourceArns(arn)).tagDescriptions().get(0).tags().stream()
        .map(t -> t.key() + "=" + t.value()).collect(Collectors.toList());
  }
}
