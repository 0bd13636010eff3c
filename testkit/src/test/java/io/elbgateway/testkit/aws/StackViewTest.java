/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import static io.elbgateway.testkit.aws.ElbFixture.fixed;
import static io.elbgateway.testkit.aws.ElbFixture.forward;
import static io.elbgateway.testkit.aws.ElbFixture.host;
import static io.elbgateway.testkit.aws.ElbFixture.path;
import static io.elbgateway.testkit.aws.ElbFixture.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.testkit.alb.AlbEvaluator;
import io.elbgateway.testkit.alb.AlbOutcome;
import io.elbgateway.testkit.alb.FixedResponse;
import io.elbgateway.testkit.alb.Forwarded;
import io.elbgateway.testkit.alb.Handled;
import io.elbgateway.testkit.alb.HttpRequest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerAttribute;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;

class StackViewTest {

  private final ElbFixture f = new ElbFixture();

  @Test
  void theAlbEvaluatorRoutesARequestThroughTheStoredLoadBalancer() {
    String lb = f.alb("web");
    String api = f.targetGroup("api");
    String web = f.targetGroup("web");
    String listener = f.listener(lb, 80, fixed("404"));
    f.elb.createRule(b -> b.listenerArn(listener).priority(1).conditions(host("shop.example.com"), path("/api/*")).actions(forward(api)));
    f.rule(listener, 2, host("shop.example.com"), forward(web));

    ElbStack stack = f.elb.stackOf(lb);
    assertThat(targetGroupOf(stack, HttpRequest.builder().host("shop.example.com").path("/api/cart").build())).isEqualTo(api);
    assertThat(targetGroupOf(stack, HttpRequest.builder().host("shop.example.com").path("/").build())).isEqualTo(web);
    AlbOutcome other = AlbEvaluator.evaluate(stack, HttpRequest.builder().host("other.example.com").build());
    assertThat(((Handled) other).result()).isInstanceOf(FixedResponse.class);
  }

  @Test
  void keysComeFromTheResourceTagAndTheGatewayFromTheStackTag() {
    String lb = f.elb.createLoadBalancer(b -> b.name("web").subnets("subnet-1", "subnet-2")
        .tags(tag("elbgateway.io/stack", "shop/gw"), tag("elbgateway.io/resource", "shop/gw")))
        .loadBalancers().get(0).loadBalancerArn();
    String tg = f.elb.createTargetGroup(b -> b.name("cart").protocol("HTTP").port(8080).targetType("ip").vpcId(f.aws.vpcId())
        .tags(tag("elbgateway.io/stack", "shop/gw"), tag("elbgateway.io/resource", "shop/gw/shop/cart:8080")))
        .targetGroups().get(0).targetGroupArn();
    f.elb.registerTargets(b -> b.targetGroupArn(tg).targets(TargetDescription.builder().id("10.0.0.1").build()));
    f.listener(lb, 80, forward(tg));
    f.elb.modifyLoadBalancerAttributes(b -> b.loadBalancerArn(lb)
        .attributes(LoadBalancerAttribute.builder().key("idle_timeout.timeout_seconds").value("120").build()));
    ElbStack stack = f.elb.stackOf(lb);
    assertThat(stack.gateway().namespacedName()).isEqualTo("shop/gw");
    assertThat(stack.loadBalancer().key()).isEqualTo("shop/gw");
    assertThat(stack.loadBalancer().attributes()).containsExactly(java.util.Map.entry("idle_timeout.timeout_seconds", "120"));
    assertThat(stack.targetGroups()).extracting(t -> t.key()).containsExactly("shop/gw/shop/cart:8080");
    assertThat(stack.targetGroups().get(0).targets()).extracting(t -> t.id() + ":" + t.port().orElseThrow()).containsExactly("10.0.0.1:8080");
    assertThat(targetGroupOf(stack, HttpRequest.builder().host("any.example.com").build())).isEqualTo("shop/gw/shop/cart:8080");
  }

  @Test
  void describeIsAStableMapOfEverything() {
    String lb = f.alb("web");
    String tg = f.targetGroup("app");
    String listener = f.listener(lb, 80, fixed("404"));
    f.rule(listener, 1, path("/api/*"), forward(tg));
    f.elb.registerTargets(b -> b.targetGroupArn(tg).targets(TargetDescription.builder().id("10.0.0.1").build()));
    String acl = f.aws.wafv2().createWebAcl("acl");
    f.aws.wafv2().associateWebACL(b -> b.webACLArn(acl).resourceArn(lb));
    String text = f.elb.describe();
    assertThat(text).isEqualTo(f.aws.describe());
    assertThat(text)
        .contains("load balancer web (application, internet-facing, ipv4, provisioning)")
        .contains("  web ACL " + acl)
        .contains("  listener HTTP:80")
        .contains("    rule 1 if path-pattern=[/api/*] -> forward app*1")
        .contains("    rule default -> fixed-response 404")
        .contains("target group app (ip, HTTP:8080, HTTP1)")
        .contains("  used by web")
        .contains("  targets 10.0.0.1:8080");
  }

  private static String targetGroupOf(ElbStack stack, HttpRequest request) {
    AlbOutcome outcome = AlbEvaluator.evaluate(stack, request);
    return ((Forwarded) ((Handled) outcome).result()).targetGroups().get(0).targetGroupKey();
  }
}
