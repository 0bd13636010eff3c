/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws.wire;

import static io.elbgateway.testkit.aws.wire.Elbv2Samples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateRuleRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeRulesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ElasticLoadBalancingV2Exception;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.PriorityInUseException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleNotFoundException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TooManyRulesException;

/**
 * Errors: what the delegate throws arrives at the real SDK client as the exception AWS's reply would
 * produce (typed where the SDK has a type, with code and status), and the server's own refusals are
 * AWS's error replies.
 */
class QueryProtocolServerErrorTest {

  private final WireFixture wire = new WireFixture();
  private final FakeElbv2 fake = wire.fake;
  private final QueryProtocolServer server = wire.server;
  private final ElasticLoadBalancingV2Client elbv2 = wire.elbv2;

  @AfterEach
  void stop() {
    wire.close();
  }

  private static <B extends AwsServiceException.Builder> B error(B builder, String code, int status, String message) {
    builder.awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message)
            .serviceName("ElasticLoadBalancingV2")
            .sdkHttpResponse(SdkHttpResponse.builder().statusCode(status).build()).build())
        .statusCode(status).message(message);
    return builder;
  }

  private ElasticLoadBalancingV2Exception createRuleFails(Object thrown) {
    fake.reply(thrown);
    return catchThrowableOfType(ElasticLoadBalancingV2Exception.class, () -> elbv2.createRule(
        CreateRuleRequest.builder().listenerArn(LISTENER_ARN).priority(10).conditions(conditions())
            .actions(fixedResponse403()).build()));
  }

  @Test
  void priorityInUseArrivesTypedWithCodeAndStatus() {
    ElasticLoadBalancingV2Exception e = createRuleFails(
        error(PriorityInUseException.builder(), "PriorityInUse", 400, "Priority '10' is currently in use").build());

    assertThat(e).isInstanceOf(PriorityInUseException.class);
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("PriorityInUse");
    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Priority '10' is currently in use");
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.requestId()).isNotBlank();
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void tooManyRulesArrivesTyped() {
    ElasticLoadBalancingV2Exception e = createRuleFails(
        error(TooManyRulesException.builder(), "TooManyRules", 400, "You've reached the limit on the number of rules per load balancer").build());

    assertThat(e).isInstanceOf(TooManyRulesException.class);
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("TooManyRules");
    assertThat(e.statusCode()).isEqualTo(400);
  }

  @Test
  void throttlingArrivesAsAThrottlingServiceException() {
    ElasticLoadBalancingV2Exception e = createRuleFails(
        error(ElasticLoadBalancingV2Exception.builder(), "ThrottlingException", 400, "Rate exceeded").build());

    assertThat(e.getClass()).isEqualTo(ElasticLoadBalancingV2Exception.class);
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Rate exceeded");
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.isThrottlingException()).isTrue();
  }

  @Test
  void internalFailureArrivesWithStatus500() {
    ElasticLoadBalancingV2Exception e = createRuleFails(
        error(ElasticLoadBalancingV2Exception.builder(), "InternalFailure", 500, "Internal failure").build());

    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalFailure");
    assertThat(e.statusCode()).isEqualTo(500);
  }

  @Test
  void aTypedExceptionWithoutDetailsTakesItsCodeFromItsClassName() {
    ElasticLoadBalancingV2Exception e = createRuleFails(
        RuleNotFoundException.builder().message("One or more rules not found").statusCode(400).build());

    assertThat(e).isInstanceOf(RuleNotFoundException.class);
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("RuleNotFound");
    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("One or more rules not found");
  }

  @Test
  void anyOtherDelegateFailureIsAnInternalFailure() {
    ElasticLoadBalancingV2Exception e = createRuleFails(new IllegalStateException("bug in the fake"));

    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalFailure");
    assertThat(e.statusCode()).isEqualTo(500);
    assertThat(e.awsErrorDetails().errorMessage()).contains("bug in the fake");
  }

  @Test
  void anOperationTheDelegateDoesNotServeIsAnInvalidAction() {
    // Nothing queued: the fake throws UnsupportedOperationException, as an interface default does.
    ElasticLoadBalancingV2Exception e = catchThrowableOfType(ElasticLoadBalancingV2Exception.class,
        () -> elbv2.describeAccountLimits(r -> {}));

    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidAction");
    assertThat(e.statusCode()).isEqualTo(400);
  }

  @Test
  void withStandardRetriesAThrottledCallSucceedsOnTheSecondRequest() {
    DescribeRulesResponse ok = DescribeRulesResponse.builder().rules(rule()).build();
    fake.reply(error(ElasticLoadBalancingV2Exception.builder(), "Throttling", 400, "Rate exceeded").build(), ok);

    try (ElasticLoadBalancingV2Client retrying = WireClients.withStandardRetries(server.endpoint())) {
      DescribeRulesResponse received = retrying.describeRules(r -> r.listenerArn(LISTENER_ARN));

      assertThat(received.equalsBySdkFields(ok)).isTrue();
    }
    assertThat(server.requests()).extracting(RecordedRequest::action).containsExactly("DescribeRules", "DescribeRules");
    assertThat(server.requests().get(1).params()).isEqualTo(server.requests().get(0).params());
  }

  @Test
  void anUnknownParameterIsAValidationError() throws Exception {
    HttpResponse<String> reply = post("Action=DeleteRule&Version=2015-12-01&RuleArn=x&RuleArns.member.1=y");

    assertThat(reply.statusCode()).isEqualTo(400);
    assertThat(reply.body()).contains("<Type>Sender</Type><Code>ValidationError</Code>")
        .contains("RuleArns.member.1");
    assertThat(fake.received()).isEmpty();
  }

  @Test
  void aListWithAGapIsAValidationError() throws Exception {
    HttpResponse<String> reply = post("Action=RemoveTags&Version=2015-12-01&ResourceArns.member.1=a&TagKeys.member.2=k");

    assertThat(reply.statusCode()).isEqualTo(400);
    assertThat(reply.body()).contains("<Code>ValidationError</Code>").contains("TagKeys.member.");
  }

  @Test
  void aMalformedNumberIsAValidationError() throws Exception {
    HttpResponse<String> reply = post("Action=CreateRule&Version=2015-12-01&ListenerArn=l&Priority=ten");

    assertThat(reply.statusCode()).isEqualTo(400);
    assertThat(reply.body()).contains("<Code>ValidationError</Code>").contains("Priority");
  }

  @Test
  void anUnknownActionIsAnInvalidAction() throws Exception {
    HttpResponse<String> reply = post("Action=LaunchRockets&Version=2015-12-01");

    assertThat(reply.statusCode()).isEqualTo(400);
    assertThat(reply.body()).contains("<Code>InvalidAction</Code>");
    assertThat(server.requests()).extracting(RecordedRequest::action).containsExactly("LaunchRockets");
  }

  @Test
  void aRequestWithoutTheApiVersionIsRefused() throws Exception {
    HttpResponse<String> reply = post("Action=DeleteRule&RuleArn=x");

    assertThat(reply.statusCode()).isEqualTo(400);
    assertThat(reply.body()).contains("<Code>NoSuchVersion</Code>");
  }

  @Test
  void aServerFaultIsMarkedReceiverAndCarriesARequestId() throws Exception {
    fake.reply(new IllegalStateException("boom"));
    HttpResponse<String> reply = post("Action=DeleteRule&Version=2015-12-01&RuleArn=x");

    assertThat(reply.statusCode()).isEqualTo(500);
    String requestId = reply.headers().firstValue("x-amzn-RequestId").orElseThrow();
    assertThat(reply.body()).contains("<ErrorResponse xmlns=\"http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/\">"
        + "<Error><Type>Receiver</Type><Code>InternalFailure</Code>")
        .contains("<RequestId>" + requestId + "</RequestId></ErrorResponse>");
  }

  private HttpResponse<String> post(String form) throws IOException, InterruptedException {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
