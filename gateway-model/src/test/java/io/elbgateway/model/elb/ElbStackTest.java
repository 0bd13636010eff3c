/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import static io.elbgateway.model.elb.ElbFixtures.CART_V1;
import static io.elbgateway.model.elb.ElbFixtures.CART_V2;
import static io.elbgateway.model.elb.ElbFixtures.HTTP;
import static io.elbgateway.model.elb.ElbFixtures.HTTPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elbgateway.model.codec.ModelMappers;
import org.junit.jupiter.api.Test;

class ElbStackTest {

  private final ElbStack stack = ElbFixtures.stack();
  private final String json = ModelMappers.json().writeValueAsString(stack);

  @Test
  void roundTripsThroughJson() {
    assertThat(ModelMappers.json().readValue(json, ElbStack.class)).isEqualTo(stack);
  }

  @Test
  void roundTripsThroughYaml() {
    String yaml = ModelMappers.yaml().writeValueAsString(stack);
    assertThat(ModelMappers.yaml().readValue(yaml, ElbStack.class)).isEqualTo(stack);
  }

  @Test
  void jsonUsesTheElbv2ApiNames() {
    assertThat(json)
        .contains("\"PathPatternConfig\":{\"Values\":[\"/api/*\"]}")
        .contains(
            "\"ForwardConfig\":{\"TargetGroups\":[{\"TargetGroupKey\":\""
                + CART_V1
                + "\",\"Weight\":90},"
                + "{\"TargetGroupKey\":\""
                + CART_V2
                + "\",\"Weight\":10}],"
                + "\"TargetGroupStickinessConfig\":{\"Enabled\":true,\"DurationSeconds\":3600}}")
        .contains(
            "\"Field\":\"host-header\",\"HostHeaderConfig\":{\"Values\":[\"shop.example.com\"]}")
        .contains("\"HttpHeaderConfig\":{\"HttpHeaderName\":\"x-canary\",\"Values\":[\"true\"]}")
        .contains(
            "\"QueryStringConfig\":{\"Values\":[{\"Key\":\"version\",\"Value\":\"2\"},{\"Value\":\"beta\"}]}")
        .contains("\"HttpRequestMethodConfig\":{\"Values\":[\"GET\",\"HEAD\"]}")
        .contains("\"SourceIpConfig\":{\"Values\":[\"10.0.0.0/8\"]}")
        .contains("\"PathPatternConfig\":{\"RegexValues\":[\"^/admin/[a-z]+$\"]}")
        .contains("\"Priority\":10")
        .contains("\"LoadBalancerName\":")
        .contains("\"TargetGroupName\":")
        .contains("\"MinimumLoadBalancerCapacity\":{\"CapacityUnits\":100}")
        .contains("\"Type\":\"authenticate-oidc\",\"Order\":1")
        .contains("\"Type\":\"authenticate-cognito\"")
        .contains("\"JwtValidationConfig\":{\"JwksEndpoint\":")
        .contains(
            "{\"Format\":\"space-separated-values\",\"Name\":\"scope\",\"Values\":[\"orders:read\"]}")
        .contains(
            "\"RedirectConfig\":{\"Protocol\":\"HTTPS\",\"Port\":\"443\",\"StatusCode\":\"HTTP_301\"}")
        .contains(
            "\"FixedResponseConfig\":{\"MessageBody\":\"no"
                + " route\",\"StatusCode\":\"404\",\"ContentType\":\"text/plain\"}")
        .contains(
            "\"Transforms\":[{\"Type\":\"host-header-rewrite\",\"HostHeaderRewriteConfig\":"
                + "{\"Rewrites\":[{\"Regex\":\".*\",\"Replace\":\"cart.internal\"}]}},"
                + "{\"Type\":\"url-rewrite\",\"UrlRewriteConfig\":{\"Rewrites\":[{\"Regex\":\"^/api/(.*)$\",\"Replace\":\"/$1\"}]}}]")
        .contains(
            "\"Certificates\":[{\"CertificateArn\":\"arn:aws:acm:us-west-2:111122223333:certificate/0f1e2d3c\",\"IsDefault\":true}]")
        .contains("\"SslPolicy\":\"ELBSecurityPolicy-TLS13-1-2-2021-06\"")
        .contains("\"MutualAuthentication\":{\"Mode\":\"verify\",\"TrustStoreArn\":\"partners\"")
        .contains("\"Scheme\":\"internet-facing\",\"IpAddressType\":\"dualstack\"")
        .contains(
            "\"Attributes\":[{\"Key\":\"deletion_protection.enabled\",\"Value\":\"false\"},"
                + "{\"Key\":\"idle_timeout.timeout_seconds\",\"Value\":\"120\"}]")
        .contains(
            "\"Protocol\":\"HTTP\",\"ProtocolVersion\":\"HTTP1\",\"Port\":8080,\"TargetType\":\"ip\"")
        .contains(
            "\"HealthCheckEnabled\":true,\"HealthCheckProtocol\":\"HTTP\",\"HealthCheckPort\":\"traffic-port\","
                + "\"HealthCheckPath\":\"/healthz\",\"HealthCheckIntervalSeconds\":15,\"HealthCheckTimeoutSeconds\":5,"
                + "\"HealthyThresholdCount\":3,\"UnhealthyThresholdCount\":2,\"Matcher\":{\"HttpCode\":\"200-299\"}")
        .contains("\"Matcher\":{\"GrpcCode\":\"0-12\"}")
        .contains(
            "\"Targets\":[{\"Id\":\"192.168.10.21\",\"Port\":8080,\"AvailabilityZone\":\"us-west-2a\"},"
                + "{\"Id\":\"192.168.11.34\",\"Port\":8080}]")
        .contains("\"TargetControlPort\":3000")
        .contains(
            "\"Gateway\":{\"Group\":\"gateway.networking.k8s.io\",\"Kind\":\"Gateway\",\"Namespace\":\"infra\",\"Name\":\"web\"}")
        .doesNotContain("Arn\":\"arn:aws:elasticloadbalancing")
        .doesNotContain("TargetGroupArn");
  }

  @Test
  void oidcActionCarriesASecretReferenceNeverASecret() {
    assertThat(json)
        .contains(
            "\"ClientCredentialsSecretRef\":{\"Namespace\":\"shop\",\"Name\":\"oidc-client\"}")
        .doesNotContain("ClientSecret\"")
        .doesNotContain("\"ClientId\"");
  }

  @Test
  void listsAreSortedWhateverTheInsertionOrder() {
    assertThat(stack.listeners()).extracting(Listener::key).containsExactly(HTTP, HTTPS);
    assertThat(stack.rules()).extracting(ListenerRule::priority).containsExactly(5, 10, 20);
    assertThat(stack.targetGroups()).extracting(TargetGroup::key).containsExactly(CART_V1, CART_V2);
    ElbStack reordered =
        ElbStack.builder()
            .gateway(ElbFixtures.GATEWAY)
            .loadBalancer(ElbFixtures.loadBalancer())
            .addListeners(ElbFixtures.httpListener(), ElbFixtures.httpsListener())
            .addRules(ElbFixtures.oidcRule(), ElbFixtures.authRule(), ElbFixtures.weightedRule())
            .addTargetGroups(ElbFixtures.cartV1(), ElbFixtures.cartV2())
            .build();
    assertThat(reordered).isEqualTo(stack);
    assertThat(ModelMappers.json().writeValueAsString(reordered)).isEqualTo(json);
  }

  @Test
  void repeatedKeysAreRejected() {
    assertThatThrownBy(
            () -> ElbStack.builder().from(stack).addTargetGroup(ElbFixtures.cartV1()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("two target groups share the key " + CART_V1);
  }

  @Test
  void looksUpByKey() {
    assertThat(stack.listener(HTTPS).orElseThrow().port()).isEqualTo(443);
    assertThat(stack.listener("infra/web/HTTPS:8443")).isEmpty();
    assertThat(stack.targetGroup(CART_V2).orElseThrow().protocolVersion())
        .contains(ProtocolVersion.GRPC);
    assertThat(stack.rule(ElbFixtures.weightedRule().key())).contains(ElbFixtures.weightedRule());
    assertThat(stack.rulesOf(HTTPS)).extracting(ListenerRule::priority).containsExactly(5, 10, 20);
    assertThat(stack.rulesOf(HTTP)).isEmpty();
    assertThat(stack.referencedTargetGroupKeys()).containsExactly(CART_V1, CART_V2);
  }

  @Test
  void listenerHelpers() {
    Listener https = stack.listener(HTTPS).orElseThrow();
    assertThat(https.defaultCertificate().orElseThrow().certificateArn()).endsWith("/0f1e2d3c");
    assertThat(https.certificateHostnames()).containsExactly("shop.example.com");
    assertThat(stack.listener(HTTP).orElseThrow().defaultCertificate()).isEmpty();
  }

  @Test
  void defaultsAreTheElbv2ApiDefaults() {
    LoadBalancer lb = LoadBalancer.builder().key("a/b").name("b").build();
    assertThat(lb.type()).isEqualTo(LoadBalancerType.APPLICATION);
    assertThat(lb.scheme()).isEqualTo(LoadBalancerScheme.INTERNET_FACING);
    assertThat(lb.ipAddressType()).isEqualTo(IpAddressType.IPV4);
    assertThat(TargetGroup.builder().key("k").name("n").build().targetType())
        .isEqualTo(TargetType.INSTANCE);
    assertThat(ImmutableMutualAuthentication.builder().build().mode())
        .isEqualTo(MutualAuthenticationMode.OFF);
    assertThat(Certificate.builder().certificateArn("arn").build().defaultCertificate()).isFalse();
  }
}
