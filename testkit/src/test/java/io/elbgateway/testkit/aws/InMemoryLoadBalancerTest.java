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

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerAttribute;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerNotFoundException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DuplicateLoadBalancerNameException;

class InMemoryLoadBalancerTest {

  private final ElbFixture f = new ElbFixture();

  @Test
  void createShowsArnDnsNameZonesAndVpcAsAwsDoes() {
    LoadBalancer lb = f.elb.createLoadBalancer(b -> b.name("web").subnets("subnet-1", "subnet-2")).loadBalancers().get(0);
    assertThat(lb.loadBalancerArn()).matches("arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/web/[0-9a-f]{16}");
    assertThat(lb.dnsName()).matches("web-[0-9]{10}\\.us-west-2\\.elb\\.amazonaws\\.com");
    assertThat(lb.canonicalHostedZoneId()).isNotEmpty();
    assertThat(lb.vpcId()).isEqualTo(f.aws.vpcId());
    assertThat(lb.availabilityZones()).extracting(z -> z.subnetId()).containsExactly("subnet-1", "subnet-2");
    assertThat(lb.state().codeAsString()).isEqualTo("provisioning");
    assertThat(lb.typeAsString()).isEqualTo("application");
    assertThat(lb.schemeAsString()).isEqualTo("internet-facing");
    // No security group given: the VPC's default one, as AWS does for an ALB.
    assertThat(lb.securityGroups()).containsExactly("sg-0d5f6a7b8c9d0e1f2");
  }

  @Test
  void internalLoadBalancersHaveAnInternalDnsName() {
    LoadBalancer lb = f.elb.createLoadBalancer(b -> b.name("svc").scheme("internal").subnets("subnet-1", "subnet-2")).loadBalancers().get(0);
    assertThat(lb.dnsName()).startsWith("internal-svc-");
  }

  @Test
  void theSameSeedGivesTheSameArns() {
    String first = new ElbFixture(b -> b.seed(42)).alb("web");
    String second = new ElbFixture(b -> b.seed(42)).alb("web");
    String other = new ElbFixture(b -> b.seed(43)).alb("web");
    assertThat(first).isEqualTo(second).isNotEqualTo(other);
  }

  @Test
  void createWithIdenticalSettingsReturnsTheExistingOne() {
    String arn = f.alb("web");
    assertThat(f.alb("web")).isEqualTo(arn);
    assertThat(f.elb.describeLoadBalancers(b -> {}).loadBalancers()).hasSize(1);
  }

  @Test
  void createWithTheSameNameButOtherSettingsIsADuplicate() {
    f.alb("web");
    assertThatThrownBy(() -> f.elb.createLoadBalancer(b -> b.name("web").scheme("internal").subnets("subnet-1", "subnet-2")))
        .isInstanceOf(DuplicateLoadBalancerNameException.class);
  }

  @Test
  void anApplicationLoadBalancerNeedsTwoSubnets() {
    assertThat(errorOf(() -> f.elb.createLoadBalancer(b -> b.name("web").subnets("subnet-1"))))
        .isEqualTo("InvalidConfigurationRequest");
    assertThat(f.nlb("tcp")).contains(":loadbalancer/net/tcp/");
  }

  @Test
  void provisioningTurnsActiveAfterTheConfiguredNumberOfDescribes() {
    String arn = f.alb("web");
    assertThat(state(f, arn)).isEqualTo("provisioning");
    assertThat(state(f, arn)).isEqualTo("active");

    ElbFixture slow = new ElbFixture(b -> b.activeAfterDescribes(3));
    String slowArn = slow.alb("web");
    assertThat(List.of(state(slow, slowArn), state(slow, slowArn), state(slow, slowArn), state(slow, slowArn)))
        .containsExactly("provisioning", "provisioning", "provisioning", "active");

    ElbFixture instant = new ElbFixture(b -> b.activeAfterDescribes(0));
    assertThat(state(instant, instant.alb("web"))).isEqualTo("active");
  }

  private static String state(ElbFixture f, String arn) {
    return f.elb.describeLoadBalancers(b -> b.loadBalancerArns(arn)).loadBalancers().get(0).state().codeAsString();
  }

  @Test
  void describingAnUnknownArnIsLoadBalancerNotFound() {
    assertThatThrownBy(() -> f.elb.describeLoadBalancers(b -> b.loadBalancerArns("arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/x/0")))
        .isInstanceOf(LoadBalancerNotFoundException.class);
    assertThat(errorOf(() -> f.elb.describeLoadBalancers(b -> b.names("nope")))).isEqualTo("LoadBalancerNotFound");
  }

  @Test
  void describeTakesAtMost20Arns() {
    assertThat(errorOf(() -> f.elb.describeLoadBalancers(b -> b.loadBalancerArns(ElbFixture.arns(21, "arn:x")))))
        .isEqualTo("ValidationError");
  }

  @Test
  void describePagesWithMarkers() {
    for (int i = 0; i < 5; i++) {
      f.alb("lb" + i);
    }
    List<String> names = new ArrayList<>();
    String marker = null;
    int pages = 0;
    do {
      String m = marker;
      DescribeLoadBalancersResponse page = f.elb.describeLoadBalancers(b -> b.pageSize(2).marker(m));
      page.loadBalancers().forEach(lb -> names.add(lb.loadBalancerName()));
      marker = page.nextMarker();
      pages++;
    } while (marker != null);
    assertThat(pages).isEqualTo(3);
    assertThat(names).containsExactly("lb0", "lb1", "lb2", "lb3", "lb4");
    assertThat(errorOf(() -> f.elb.describeLoadBalancers(b -> b.pageSize(401)))).isEqualTo("ValidationError");
    assertThat(errorOf(() -> f.elb.describeLoadBalancers(b -> b.pageSize(0)))).isEqualTo("ValidationError");
    // The SDK's paginator walks the same pages.
    assertThat(f.elb.describeLoadBalancersPaginator(b -> b.pageSize(2)).loadBalancers()).hasSize(5);
  }

  @Test
  void attributesHaveAwsDefaultsAndRefuseUnknownKeys() {
    String arn = f.alb("web");
    List<LoadBalancerAttribute> attributes = f.elb.describeLoadBalancerAttributes(b -> b.loadBalancerArn(arn)).attributes();
    assertThat(attributes).extracting(a -> a.key() + "=" + a.value())
        .contains("deletion_protection.enabled=false", "idle_timeout.timeout_seconds=60", "access_logs.s3.enabled=false",
            "access_logs.s3.bucket=", "access_logs.s3.prefix=", "routing.http2.enabled=true");
    f.elb.modifyLoadBalancerAttributes(b -> b.loadBalancerArn(arn).attributes(
        LoadBalancerAttribute.builder().key("access_logs.s3.enabled").value("true").build(),
        LoadBalancerAttribute.builder().key("access_logs.s3.bucket").value("logs").build()));
    assertThat(f.elb.describeLoadBalancerAttributes(b -> b.loadBalancerArn(arn)).attributes())
        .extracting(a -> a.key() + "=" + a.value()).contains("access_logs.s3.enabled=true", "access_logs.s3.bucket=logs");
    assertThat(errorOf(() -> f.elb.modifyLoadBalancerAttributes(b -> b.loadBalancerArn(arn)
        .attributes(LoadBalancerAttribute.builder().key("no.such.key").value("1").build()))))
        .isEqualTo("InvalidConfigurationRequest");
    List<LoadBalancerAttribute> many = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      many.add(LoadBalancerAttribute.builder().key("idle_timeout.timeout_seconds").value("61").build());
    }
    assertThat(errorOf(() -> f.elb.modifyLoadBalancerAttributes(b -> b.loadBalancerArn(arn).attributes(many))))
        .isEqualTo("ValidationError");
  }

  @Test
  void deletionProtectionRefusesTheDelete() {
    String arn = f.alb("web");
    f.elb.modifyLoadBalancerAttributes(b -> b.loadBalancerArn(arn)
        .attributes(LoadBalancerAttribute.builder().key("deletion_protection.enabled").value("true").build()));
    assertThat(errorOf(() -> f.elb.deleteLoadBalancer(b -> b.loadBalancerArn(arn)))).isEqualTo("OperationNotPermitted");
  }

  @Test
  void deleteRemovesListenersAndRulesKeepsTargetGroupsAndSucceedsWhenGone() {
    String arn = f.alb("web");
    String tg = f.targetGroup("app");
    String listener = f.listener(arn, 80, fixed("404"));
    f.rule(listener, 1, path("/api/*"), forward(tg));
    f.elb.deleteLoadBalancer(b -> b.loadBalancerArn(arn));
    f.elb.deleteLoadBalancer(b -> b.loadBalancerArn(arn));
    assertThat(errorOf(() -> f.elb.describeListeners(b -> b.listenerArns(listener)))).isEqualTo("ListenerNotFound");
    assertThat(f.elb.describeTargetGroups(b -> b.targetGroupArns(tg)).targetGroups().get(0).loadBalancerArns()).isEmpty();
    f.elb.deleteTargetGroup(b -> b.targetGroupArn(tg));
  }

  @Test
  void setSubnetsSecurityGroupsAndIpAddressTypeReplaceTheSets() {
    String arn = f.alb("web");
    f.elb.setSubnets(b -> b.loadBalancerArn(arn).subnets("subnet-3", "subnet-4", "subnet-5"));
    f.elb.setSecurityGroups(b -> b.loadBalancerArn(arn).securityGroups("sg-1"));
    f.elb.setIpAddressType(b -> b.loadBalancerArn(arn).ipAddressType("dualstack"));
    LoadBalancer lb = f.elb.describeLoadBalancers(b -> b.loadBalancerArns(arn)).loadBalancers().get(0);
    assertThat(lb.availabilityZones()).extracting(z -> z.subnetId()).containsExactly("subnet-3", "subnet-4", "subnet-5");
    assertThat(lb.securityGroups()).containsExactly("sg-1");
    assertThat(lb.ipAddressTypeAsString()).isEqualTo("dualstack");
    assertThat(errorOf(() -> f.elb.setSubnets(b -> b.loadBalancerArn(arn).subnets("subnet-3")))).isEqualTo("InvalidConfigurationRequest");
  }

  @Test
  void tooManyLoadBalancers() {
    ElbFixture small = new ElbFixture(b -> b.quotas(ElbQuotas.builder().loadBalancersPerRegion(2).build()));
    small.alb("a");
    small.alb("b");
    assertThat(errorOf(() -> small.alb("c"))).isEqualTo("TooManyLoadBalancers");
  }

  @Test
  void attributeValuesAreChecked() {
    String arn = f.alb("web");
    assertThat(errorOf(() -> f.elb.modifyLoadBalancerAttributes(b -> b.loadBalancerArn(arn)
        .attributes(LoadBalancerAttribute.builder().key("access_logs.s3.enabled").value("true").build()))))
        .isEqualTo("InvalidConfigurationRequest");
    assertThat(errorOf(() -> f.elb.modifyLoadBalancerAttributes(b -> b.loadBalancerArn(arn)
        .attributes(LoadBalancerAttribute.builder().key("idle_timeout.timeout_seconds").value("soon").build()))))
        .isEqualTo("InvalidConfigurationRequest");
    assertThat(errorOf(() -> f.elb.modifyLoadBalancerAttributes(b -> b.loadBalancerArn(arn)
        .attributes(LoadBalancerAttribute.builder().key("load_balancing.cross_zone.enabled").value("false").build()))))
        .isEqualTo("InvalidConfigurationRequest");
  }

  @Test
  void accountLimitsReportTheQuotas() {
    ElbFixture small = new ElbFixture(b -> b.quotas(ElbQuotas.builder().rulesPerLoadBalancer(7).build()));
    assertThat(small.elb.describeAccountLimits(b -> {}).limits())
        .extracting(l -> l.name() + "=" + l.max())
        .contains("rules-per-application-load-balancer=7", "condition-values-per-alb-rule=5", "target-groups=3000");
  }
}
