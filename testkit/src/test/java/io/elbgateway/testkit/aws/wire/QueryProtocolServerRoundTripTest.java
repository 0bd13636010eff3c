/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws.wire;

import static io.elbgateway.testkit.aws.wire.Elbv2Samples.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.*;

/**
 * For every operation the sync engine uses, the real SDK client's request reaches the delegate as the
 * same request object, and the delegate's response reaches the client as the same response object:
 * the server's generic (un)marshalling is the exact inverse of the SDK's for each shape involved.
 */
class QueryProtocolServerRoundTripTest {

  private final WireFixture wire = new WireFixture();
  private final FakeElbv2 fake = wire.fake;
  private final QueryProtocolServer server = wire.server;
  private final ElasticLoadBalancingV2Client elbv2 = wire.elbv2;

  @AfterEach
  void stop() {
    wire.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  <Q extends ElasticLoadBalancingV2Request, R extends ElasticLoadBalancingV2Response> void roundTrips(
      String action, BiFunction<ElasticLoadBalancingV2Client, Q, R> call, Q request, R response) {
    fake.reply(response);

    R received = call.apply(elbv2, request);

    assertThat(server.requests()).extracting(RecordedRequest::action).containsExactly(action);
    assertThat(fake.received()).containsExactly(request);
    // Responses: SdkResponse.equals also compares the HTTP response, which only the client's has;
    // the fields are what the engine reads.
    assertThat(received.toString()).isEqualTo(response.toString());
    assertThat(((SdkPojo) received).equalsBySdkFields(response)).as("equalsBySdkFields").isTrue();
  }

  private static <Q, R> Arguments op(String action, BiFunction<ElasticLoadBalancingV2Client, Q, R> call,
      Q request, R response) {
    return Arguments.of(action, call, request, response);
  }

  static Stream<Arguments> operations() {
    return Stream.of(
        op("CreateLoadBalancer", ElasticLoadBalancingV2Client::createLoadBalancer,
            CreateLoadBalancerRequest.builder().name("k8s-gw").type("application").scheme("internet-facing")
                .ipAddressType("ipv4")
                .subnetMappings(SubnetMapping.builder().subnetId("subnet-a").build(),
                    SubnetMapping.builder().subnetId("subnet-c").build())
                .securityGroups("sg-1", "sg-2").tags(tags()).build(),
            CreateLoadBalancerResponse.builder().loadBalancers(loadBalancer()).build()),
        op("DeleteLoadBalancer", ElasticLoadBalancingV2Client::deleteLoadBalancer,
            DeleteLoadBalancerRequest.builder().loadBalancerArn(LB_ARN).build(),
            DeleteLoadBalancerResponse.builder().build()),
        op("DescribeLoadBalancers", ElasticLoadBalancingV2Client::describeLoadBalancers,
            DescribeLoadBalancersRequest.builder().loadBalancerArns(LB_ARN).marker("m-1").pageSize(400).build(),
            DescribeLoadBalancersResponse.builder().loadBalancers(loadBalancer()).nextMarker("m-2").build()),
        op("DescribeLoadBalancerAttributes", ElasticLoadBalancingV2Client::describeLoadBalancerAttributes,
            DescribeLoadBalancerAttributesRequest.builder().loadBalancerArn(LB_ARN).build(),
            DescribeLoadBalancerAttributesResponse.builder().attributes(accessLogAttributes()).build()),
        op("ModifyLoadBalancerAttributes", ElasticLoadBalancingV2Client::modifyLoadBalancerAttributes,
            ModifyLoadBalancerAttributesRequest.builder().loadBalancerArn(LB_ARN).attributes(accessLogAttributes()).build(),
            ModifyLoadBalancerAttributesResponse.builder().attributes(accessLogAttributes()).build()),
        op("SetSubnets", ElasticLoadBalancingV2Client::setSubnets,
            SetSubnetsRequest.builder().loadBalancerArn(LB_ARN).subnets("subnet-a", "subnet-c").build(),
            SetSubnetsResponse.builder().availabilityZones(loadBalancer().availabilityZones()).ipAddressType("ipv4").build()),
        op("SetSecurityGroups", ElasticLoadBalancingV2Client::setSecurityGroups,
            SetSecurityGroupsRequest.builder().loadBalancerArn(LB_ARN).securityGroups("sg-1", "sg-3").build(),
            SetSecurityGroupsResponse.builder().securityGroupIds("sg-1", "sg-3").build()),
        op("SetIpAddressType", ElasticLoadBalancingV2Client::setIpAddressType,
            SetIpAddressTypeRequest.builder().loadBalancerArn(LB_ARN).ipAddressType("dualstack").build(),
            SetIpAddressTypeResponse.builder().ipAddressType("dualstack").build()),
        op("CreateListener", ElasticLoadBalancingV2Client::createListener,
            CreateListenerRequest.builder().loadBalancerArn(LB_ARN).protocol("HTTPS").port(443)
                .sslPolicy("ELBSecurityPolicy-TLS13-1-2-2021-06").certificates(certificates())
                .defaultActions(fixedResponse403()).tags(tags()).build(),
            CreateListenerResponse.builder().listeners(listener()).build()),
        op("ModifyListener", ElasticLoadBalancingV2Client::modifyListener,
            ModifyListenerRequest.builder().listenerArn(LISTENER_ARN).port(8443).protocol("HTTPS")
                .certificates(certificates()).defaultActions(authenticateCognito(), weightedForward().toBuilder().order(2).build())
                .build(),
            ModifyListenerResponse.builder().listeners(listener().toBuilder().port(8443).build()).build()),
        op("DeleteListener", ElasticLoadBalancingV2Client::deleteListener,
            DeleteListenerRequest.builder().listenerArn(LISTENER_ARN).build(),
            DeleteListenerResponse.builder().build()),
        op("DescribeListeners", ElasticLoadBalancingV2Client::describeListeners,
            DescribeListenersRequest.builder().loadBalancerArn(LB_ARN).marker("m-1").pageSize(50).build(),
            DescribeListenersResponse.builder().listeners(listener(),
                listener().toBuilder().listenerArn(LISTENER_ARN + "0").port(80).protocol("HTTP").sslPolicy(null)
                    .certificates(List.of()).defaultActions(redirect()).build())
                .nextMarker("m-2").build()),
        op("AddListenerCertificates", ElasticLoadBalancingV2Client::addListenerCertificates,
            AddListenerCertificatesRequest.builder().listenerArn(LISTENER_ARN).certificates(certificates()).build(),
            AddListenerCertificatesResponse.builder().certificates(certificates()).build()),
        op("RemoveListenerCertificates", ElasticLoadBalancingV2Client::removeListenerCertificates,
            RemoveListenerCertificatesRequest.builder().listenerArn(LISTENER_ARN).certificates(certificates()).build(),
            RemoveListenerCertificatesResponse.builder().build()),
        op("DescribeListenerCertificates", ElasticLoadBalancingV2Client::describeListenerCertificates,
            DescribeListenerCertificatesRequest.builder().listenerArn(LISTENER_ARN).pageSize(400).build(),
            DescribeListenerCertificatesResponse.builder()
                .certificates(Certificate.builder().certificateArn(CERT_ARN).isDefault(true).build(),
                    Certificate.builder().certificateArn(CERT_ARN + "2").isDefault(false).build())
                .nextMarker("m-2").build()),
        op("DescribeListenerAttributes", ElasticLoadBalancingV2Client::describeListenerAttributes,
            DescribeListenerAttributesRequest.builder().listenerArn(LISTENER_ARN).build(),
            DescribeListenerAttributesResponse.builder().attributes(listenerAttributes()).build()),
        op("ModifyListenerAttributes", ElasticLoadBalancingV2Client::modifyListenerAttributes,
            ModifyListenerAttributesRequest.builder().listenerArn(LISTENER_ARN).attributes(listenerAttributes()).build(),
            ModifyListenerAttributesResponse.builder().attributes(listenerAttributes()).build()),
        op("CreateRule", ElasticLoadBalancingV2Client::createRule,
            CreateRuleRequest.builder().listenerArn(LISTENER_ARN).priority(10).conditions(conditions())
                .actions(weightedForward()).transforms(transforms()).tags(tags()).build(),
            CreateRuleResponse.builder().rules(rule()).build()),
        op("ModifyRule", ElasticLoadBalancingV2Client::modifyRule,
            ModifyRuleRequest.builder().ruleArn(RULE_ARN).conditions(conditions()).actions(fixedResponse403())
                .resetTransforms(true).build(),
            ModifyRuleResponse.builder().rules(rule().toBuilder().actions(fixedResponse403()).transforms(List.of()).build()).build()),
        op("DeleteRule", ElasticLoadBalancingV2Client::deleteRule,
            DeleteRuleRequest.builder().ruleArn(RULE_ARN).build(),
            DeleteRuleResponse.builder().build()),
        op("DescribeRules", ElasticLoadBalancingV2Client::describeRules,
            DescribeRulesRequest.builder().listenerArn(LISTENER_ARN).marker("m-1").pageSize(400).build(),
            DescribeRulesResponse.builder().rules(rule(), defaultRule()).nextMarker("m-2").build()),
        op("SetRulePriorities", ElasticLoadBalancingV2Client::setRulePriorities,
            SetRulePrioritiesRequest.builder().rulePriorities(
                RulePriorityPair.builder().ruleArn(RULE_ARN).priority(20).build(),
                RulePriorityPair.builder().ruleArn(RULE_ARN + "2").priority(10).build()).build(),
            SetRulePrioritiesResponse.builder().rules(rule().toBuilder().priority("20").build()).build()),
        op("CreateTargetGroup", ElasticLoadBalancingV2Client::createTargetGroup,
            CreateTargetGroupRequest.builder().name("k8s-default-web-8080").protocol("HTTP").protocolVersion("HTTP1")
                .port(8080).vpcId("vpc-0a1b2c3d").targetType("ip").ipAddressType("ipv4")
                .healthCheckProtocol("HTTP").healthCheckPort("traffic-port").healthCheckEnabled(true)
                .healthCheckPath("/healthz").healthCheckIntervalSeconds(15).healthCheckTimeoutSeconds(5)
                .healthyThresholdCount(2).unhealthyThresholdCount(3)
                .matcher(Matcher.builder().httpCode("200-299").build()).tags(tags()).build(),
            CreateTargetGroupResponse.builder().targetGroups(targetGroup()).build()),
        op("ModifyTargetGroup", ElasticLoadBalancingV2Client::modifyTargetGroup,
            ModifyTargetGroupRequest.builder().targetGroupArn(TG_ARN).healthCheckPath("/ready")
                .healthCheckIntervalSeconds(10).matcher(Matcher.builder().httpCode("200").build()).build(),
            ModifyTargetGroupResponse.builder().targetGroups(targetGroup().toBuilder().healthCheckPath("/ready").build()).build()),
        op("DeleteTargetGroup", ElasticLoadBalancingV2Client::deleteTargetGroup,
            DeleteTargetGroupRequest.builder().targetGroupArn(TG_ARN).build(),
            DeleteTargetGroupResponse.builder().build()),
        op("DescribeTargetGroups", ElasticLoadBalancingV2Client::describeTargetGroups,
            DescribeTargetGroupsRequest.builder().targetGroupArns(TG_ARN, TG2_ARN).pageSize(400).build(),
            DescribeTargetGroupsResponse.builder().targetGroups(targetGroup()).nextMarker("m-2").build()),
        op("DescribeTargetGroupAttributes", ElasticLoadBalancingV2Client::describeTargetGroupAttributes,
            DescribeTargetGroupAttributesRequest.builder().targetGroupArn(TG_ARN).build(),
            DescribeTargetGroupAttributesResponse.builder().attributes(targetGroupAttributes()).build()),
        op("ModifyTargetGroupAttributes", ElasticLoadBalancingV2Client::modifyTargetGroupAttributes,
            ModifyTargetGroupAttributesRequest.builder().targetGroupArn(TG_ARN).attributes(targetGroupAttributes()).build(),
            ModifyTargetGroupAttributesResponse.builder().attributes(targetGroupAttributes()).build()),
        op("RegisterTargets", ElasticLoadBalancingV2Client::registerTargets,
            RegisterTargetsRequest.builder().targetGroupArn(TG_ARN).targets(targets()).build(),
            RegisterTargetsResponse.builder().build()),
        op("DeregisterTargets", ElasticLoadBalancingV2Client::deregisterTargets,
            DeregisterTargetsRequest.builder().targetGroupArn(TG_ARN).targets(targets().get(0)).build(),
            DeregisterTargetsResponse.builder().build()),
        op("DescribeTargetHealth", ElasticLoadBalancingV2Client::describeTargetHealth,
            DescribeTargetHealthRequest.builder().targetGroupArn(TG_ARN).targets(targets()).build(),
            DescribeTargetHealthResponse.builder().targetHealthDescriptions(
                TargetHealthDescription.builder().target(targets().get(0)).healthCheckPort("8080")
                    .targetHealth(TargetHealth.builder().state("healthy").build()).build(),
                TargetHealthDescription.builder().target(targets().get(1)).healthCheckPort("8080")
                    .targetHealth(TargetHealth.builder().state("unhealthy").reason("Target.ResponseCodeMismatch")
                        .description("Health checks failed with these codes: [503]").build()).build())
                .build()),
        op("AddTags", ElasticLoadBalancingV2Client::addTags,
            AddTagsRequest.builder().resourceArns(LB_ARN, TG_ARN).tags(tags()).build(),
            AddTagsResponse.builder().build()),
        op("RemoveTags", ElasticLoadBalancingV2Client::removeTags,
            RemoveTagsRequest.builder().resourceArns(LB_ARN).tagKeys("elbgateway.io/resource", "old").build(),
            RemoveTagsResponse.builder().build()),
        op("DescribeTags", ElasticLoadBalancingV2Client::describeTags,
            DescribeTagsRequest.builder().resourceArns(LB_ARN, RULE_ARN).build(),
            DescribeTagsResponse.builder().tagDescriptions(
                TagDescription.builder().resourceArn(LB_ARN).tags(tags()).build(),
                TagDescription.builder().resourceArn(RULE_ARN).tags(List.of()).build()).build()));
  }

  private static List<ListenerAttribute> listenerAttributes() {
    return List.of(ListenerAttribute.builder().key("routing.http.response.server.enabled").value("false").build());
  }

  private static List<TargetGroupAttribute> targetGroupAttributes() {
    return List.of(
        TargetGroupAttribute.builder().key("deregistration_delay.timeout_seconds").value("30").build(),
        TargetGroupAttribute.builder().key("stickiness.enabled").value("false").build());
  }
}
