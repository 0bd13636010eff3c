/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.sync.aws.AwsClients;
import io.elbgateway.testkit.aws.ElbQuotas;
import io.elbgateway.testkit.aws.InMemoryAws;
import io.elbgateway.testkit.aws.wire.QueryProtocolServer;
import io.elbgateway.testkit.aws.wire.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;

/**
 * The engine through the real AWS SDK ELBv2 client, on the wire: requests go out in the AWS Query
 * protocol (form-encoded) to a local server that answers in AWS's XML from the in-memory ELBv2.
 * What the engine sends carries the right parameters, and what comes back parses into what it
 * expects, error replies included.
 */
class WireSyncTest {

  @Test
  void theSeedSyncsOverTheWireAndTheRequestsCarryTheRightParameters() {
    SyncHarness harness = new SyncHarness();
    ElbStack seed = SyncHarness.seedStack();
    try (QueryProtocolServer server = QueryProtocolServer.start(harness.aws.elbv2());
        ElasticLoadBalancingV2Client client = client(server)) {
      SyncEngine engine = engine(harness, client);

      SyncResult first = engine.sync(seed);

      assertThat(first.converged()).as(first.plan().toText() + first.failure()).isTrue();
      assertThat(server.requests("CreateRule")).hasSize(4);
      RecordedRequest forward =
          server.requests("CreateRule").stream().filter(r -> r.param("Priority").orElse("").equals("2000")).findFirst().orElseThrow();
      Map<String, List<String>> p = forward.params();
      assertThat(p).containsEntry("Conditions.member.1.Field", List.of("host-header"));
      assertThat(p).containsEntry("Conditions.member.1.HostHeaderConfig.Values.member.1", List.of("www.example.com"));
      assertThat(p).containsEntry("Conditions.member.2.PathPatternConfig.Values.member.1", List.of("/*"));
      assertThat(p).containsEntry("Actions.member.1.Type", List.of("forward"));
      assertThat(p).containsEntry("Actions.member.1.Order", List.of("1"));
      assertThat(p).containsKey("Actions.member.1.ForwardConfig.TargetGroups.member.1.TargetGroupArn");
      assertThat(p).containsEntry("Actions.member.1.ForwardConfig.TargetGroups.member.1.Weight", List.of("1"));
      assertThat(tags(p)).containsEntry("elbgateway.io/cluster", "test").containsEntry("elbgateway.io/stack", "kube-system/aws-alb-gateway")
          .containsKey("elbgateway.io/resource");
      RecordedRequest lb = server.requests("CreateLoadBalancer").get(0);
      assertThat(lb.params()).containsEntry("Subnets.member.1", List.of("subnet-0a1b2c3d4e5f60001"))
          .containsEntry("SecurityGroups.member.1", List.of(SyncHarness.MANAGED_SG));
      assertThat(tags(lb.params())).containsKey("elbgateway.io/web-acl");

      server.clearRequests();
      SyncResult second = engine.sync(seed);
      assertThat(second.plan().empty()).isTrue();
      assertThat(server.requests().stream().map(RecordedRequest::action).filter(a -> !a.startsWith("Describe")))
          .isEmpty();
    }
  }

  @Test
  void weightedForwardsRegexConditionsAndTransformsGoOutAsTheApiNamesThem() {
    SyncHarness harness = new SyncHarness();
    TestCluster cluster = new TestCluster().service("a", 1, 1).service("b", 2, 1);
    String yaml = cluster.yaml()
        + "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: split, namespace: apps}\n"
        + "spec:\n  parentRefs: [{name: web}]\n  hostnames: [split.example.com]\n  rules:\n"
        + "  - matches: [{path: {type: RegularExpression, value: \"/v[0-9]+/.*\"}}]\n"
        + "    filters: [{type: URLRewrite, urlRewrite: {path: {type: ReplaceFullPath, replaceFullPath: /new}}}]\n"
        + "    backendRefs: [{name: a, port: 80, weight: 3}, {name: b, port: 80, weight: 1}]\n";
    ElbStack stack = SyncHarness.translate(yaml).stacks().get(0);
    try (QueryProtocolServer server = QueryProtocolServer.start(harness.aws.elbv2());
        ElasticLoadBalancingV2Client client = client(server)) {
      SyncResult result = engine(harness, client).sync(stack);

      assertThat(result.converged()).as(result.plan().toText() + result.failure()).isTrue();
      Map<String, List<String>> p = server.requests("CreateRule").get(0).params();
      assertThat(p.keySet()).anySatisfy(k -> assertThat(k).matches("Conditions\\.member\\.\\d\\.PathPatternConfig\\.RegexValues\\.member\\.1"));
      assertThat(p).containsEntry("Actions.member.1.ForwardConfig.TargetGroups.member.1.Weight", List.of(weightOf(p, 1)));
      assertThat(p.keySet()).contains("Actions.member.1.ForwardConfig.TargetGroups.member.2.Weight");
      assertThat(List.of(weightOf(p, 1), weightOf(p, 2))).containsExactlyInAnyOrder("3", "1");
      assertThat(p).containsEntry("Transforms.member.1.Type", List.of("url-rewrite"));
      assertThat(p).containsKey("Transforms.member.1.UrlRewriteConfig.Rewrites.member.1.Regex");
      assertThat(p).containsEntry("Transforms.member.1.UrlRewriteConfig.Rewrites.member.1.Replace", List.of("/new"));
      assertThat(engine(harness, client).sync(stack).plan().empty()).isTrue();
    }
  }

  @Test
  void anErrorReplyFromAwsBecomesAFailureNamingTheChangeAndTheCode() {
    SyncHarness harness = new SyncHarness();
    InMemoryAws small =
        InMemoryAws.builder().clock(harness.clock).region("ap-northeast-2").quotas(ElbQuotas.builder().rulesPerLoadBalancer(1).build()).build();
    try (QueryProtocolServer server = QueryProtocolServer.start(small.elbv2());
        ElasticLoadBalancingV2Client client = client(server)) {
      SyncEngine engine =
          harness.builder(AwsClients.of(client)).build();

      SyncResult result = engine.sync(TestCluster.withRoutes(2, 1).stack());

      assertThat(result.failure()).hasValueSatisfying(f -> {
        assertThat(f.errorCode()).contains("TooManyRules");
        assertThat(f.change()).startsWith("create rule ");
      });
      // Not a transient error: sent once, not retried.
      assertThat(server.requests("CreateRule")).hasSize(2);
    }
  }

  private static String weightOf(Map<String, List<String>> p, int member) {
    return p.get("Actions.member.1.ForwardConfig.TargetGroups.member." + member + ".Weight").get(0);
  }

  private static Map<String, String> tags(Map<String, List<String>> params) {
    Map<String, String> tags = new java.util.TreeMap<>();
    for (int i = 1; params.containsKey("Tags.member." + i + ".Key"); i++) {
      tags.put(params.get("Tags.member." + i + ".Key").get(0), params.get("Tags.member." + i + ".Value").get(0));
    }
    return tags;
  }

  private static SyncEngine engine(SyncHarness harness, ElasticLoadBalancingV2Client client) {
    return harness.builder(AwsClients.of(client, harness.aws.wafv2(), harness.aws.acm(), harness.aws.shield())).build();
  }

  /** The real SDK client with its own retries off: the engine retries, in one place. */
  private static ElasticLoadBalancingV2Client client(QueryProtocolServer server) {
    return ElasticLoadBalancingV2Client.builder()
        .endpointOverride(server.endpoint())
        .region(Region.AP_NORTHEAST_2)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }
}
