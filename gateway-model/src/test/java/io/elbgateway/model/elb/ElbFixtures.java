/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import io.elbgateway.model.meta.ObjectKey;
import java.util.List;

/** A full desired stack for the Gateway {@code infra/web}: an ALB with HTTP and HTTPS listeners. */
final class ElbFixtures {

  static final ObjectKey GATEWAY =
      ObjectKey.of("gateway.networking.k8s.io", "Gateway", "infra", "web");
  static final String LB = ElbKeys.loadBalancer(GATEWAY);
  static final String HTTP = ElbKeys.listener(LB, Protocol.HTTP, 80);
  static final String HTTPS = ElbKeys.listener(LB, Protocol.HTTPS, 443);
  static final String CART_V1 = ElbKeys.targetGroup(LB, "shop", "cart-v1", 8080);
  static final String CART_V2 = ElbKeys.targetGroup(LB, "shop", "cart-v2", 8080);

  private ElbFixtures() {}

  static LoadBalancer loadBalancer() {
    return LoadBalancer.builder()
        .key(LB)
        .name("k8s-infra-web-3f9a1c2b7d")
        .type(LoadBalancerType.APPLICATION)
        .scheme(LoadBalancerScheme.INTERNET_FACING)
        .ipAddressType(IpAddressType.DUALSTACK)
        .putSubnetSelector("kubernetes.io/role/elb", List.of("1"))
        .addSecurityGroup("sg-0a1b2c3d4e5f67890")
        .managedSecurityGroup(
            ImmutableManagedSecurityGroup.builder()
                .addSourceRange("203.0.113.0/24")
                .addPrefixListId("pl-0123456789abcdef0")
                .build())
        .ipv4IpamPoolId("ipam-pool-0123456789abcdef0")
        .putAttribute("idle_timeout.timeout_seconds", "120")
        .putAttribute("deletion_protection.enabled", "false")
        .putTag("elbgateway.io/gateway", "infra/web")
        .putTag("team", "platform")
        .webAclArn("arn:aws:wafv2:us-west-2:111122223333:regional/webacl/web/a1b2c3")
        .shieldEnabled(true)
        .minimumLoadBalancerCapacity(MinimumLoadBalancerCapacity.of(100))
        .build();
  }

  static Listener httpListener() {
    return Listener.builder()
        .key(HTTP)
        .loadBalancerKey(LB)
        .protocol(Protocol.HTTP)
        .port(80)
        .addDefaultAction(
            Action.redirect(
                ImmutableRedirectActionConfig.builder()
                    .protocol("HTTPS")
                    .port("443")
                    .statusCode(RedirectStatusCode.HTTP_301)
                    .build()))
        .build();
  }

  static Listener httpsListener() {
    return Listener.builder()
        .key(HTTPS)
        .loadBalancerKey(LB)
        .protocol(Protocol.HTTPS)
        .port(443)
        .addCertificate(
            Certificate.of("arn:aws:acm:us-west-2:111122223333:certificate/0f1e2d3c", true))
        .addCertificateHostname("shop.example.com")
        .sslPolicy("ELBSecurityPolicy-TLS13-1-2-2021-06")
        .mutualAuthentication(
            ImmutableMutualAuthentication.builder()
                .mode(MutualAuthenticationMode.VERIFY)
                .trustStore("partners")
                .ignoreClientCertificateExpiry(false)
                .advertiseTrustStoreCaNames(OnOff.ON)
                .build())
        .putAttribute("routing.http.response.server.enabled", "false")
        .addDefaultAction(
            Action.fixedResponse(
                ImmutableFixedResponseActionConfig.builder()
                    .statusCode("404")
                    .contentType("text/plain")
                    .messageBody("no route")
                    .build()))
        .putTag("elbgateway.io/gateway", "infra/web")
        .build();
  }

  /** Every condition type and a weighted forward to two target groups, with both transforms. */
  static ListenerRule weightedRule() {
    return ListenerRule.builder()
        .key(ElbKeys.rule(HTTPS, "HTTPRoute", "shop", "cart", 0, 0))
        .listenerKey(HTTPS)
        .priority(10)
        .addCondition(RuleCondition.hostHeader(List.of("shop.example.com")))
        .addCondition(RuleCondition.pathPattern(List.of("/api/*")))
        .addCondition(RuleCondition.httpHeader("x-canary", List.of("true")))
        .addCondition(
            RuleCondition.queryString(
                List.of(
                    QueryStringKeyValuePair.of("version", "2"),
                    ImmutableQueryStringKeyValuePair.builder().value("beta").build())))
        .addCondition(RuleCondition.httpRequestMethod(List.of("GET", "HEAD")))
        .addCondition(RuleCondition.sourceIp(List.of("10.0.0.0/8")))
        .addAction(
            Action.forward(
                ImmutableForwardActionConfig.builder()
                    .addTargetGroups(
                        TargetGroupTuple.of(CART_V1, 90), TargetGroupTuple.of(CART_V2, 10))
                    .targetGroupStickinessConfig(
                        ImmutableTargetGroupStickinessConfig.builder()
                            .enabled(true)
                            .durationSeconds(3600)
                            .build())
                    .build()))
        .addTransform(RuleTransform.hostHeaderRewrite(".*", "cart.internal"))
        .addTransform(RuleTransform.urlRewrite("^/api/(.*)$", "/$1"))
        .putTag("elbgateway.io/route", "HTTPRoute/shop/cart")
        .build();
  }

  /** Regex conditions, OIDC authentication, then a redirect. */
  static ListenerRule oidcRule() {
    return ListenerRule.builder()
        .key(ElbKeys.rule(HTTPS, "HTTPRoute", "shop", "admin", "login", 0))
        .listenerKey(HTTPS)
        .priority(5)
        .addCondition(RuleCondition.hostHeaderRegex(List.of("^admin\\.example\\.com$")))
        .addCondition(RuleCondition.pathPatternRegex(List.of("^/admin/[a-z]+$")))
        .addCondition(RuleCondition.httpHeaderRegex("user-agent", List.of("^curl/.*")))
        .addAction(
            Action.authenticateOidc(
                    ImmutableAuthenticateOidcActionConfig.builder()
                        .issuer("https://idp.example.com")
                        .authorizationEndpoint("https://idp.example.com/authorize")
                        .tokenEndpoint("https://idp.example.com/token")
                        .userInfoEndpoint("https://idp.example.com/userinfo")
                        .clientCredentialsSecretRef(SecretReference.of("shop", "oidc-client"))
                        .scope("openid email")
                        .sessionTimeout(3600L)
                        .putAuthenticationRequestExtraParam("prompt", "login")
                        .onUnauthenticatedRequest(OnUnauthenticatedRequest.AUTHENTICATE)
                        .build())
                .ordered(1))
        .addAction(
            Action.redirect(
                    ImmutableRedirectActionConfig.builder()
                        .host("#{host}")
                        .path("/console/#{path}")
                        .query("#{query}")
                        .statusCode(RedirectStatusCode.HTTP_302)
                        .build())
                .ordered(2))
        .build();
  }

  /** Cognito and JWT validation before a fixed response. */
  static ListenerRule authRule() {
    return ListenerRule.builder()
        .key(ElbKeys.rule(HTTPS, "GRPCRoute", "shop", "orders", 1, 0))
        .listenerKey(HTTPS)
        .priority(20)
        .addCondition(RuleCondition.pathPattern(List.of("/orders.v1.Orders/*")))
        .addAction(
            Action.authenticateCognito(
                    ImmutableAuthenticateCognitoActionConfig.builder()
                        .userPoolArn(
                            "arn:aws:cognito-idp:us-west-2:111122223333:userpool/us-west-2_abc")
                        .userPoolClientId("1example23456789")
                        .userPoolDomain("shop-auth")
                        .onUnauthenticatedRequest(OnUnauthenticatedRequest.DENY)
                        .build())
                .ordered(1))
        .addAction(
            Action.jwtValidation(
                    ImmutableJwtValidationActionConfig.builder()
                        .jwksEndpoint("https://idp.example.com/.well-known/jwks.json")
                        .issuer("https://idp.example.com")
                        .addAdditionalClaim(
                            ImmutableJwtValidationAdditionalClaim.builder()
                                .format(JwtClaimFormat.SPACE_SEPARATED_VALUES)
                                .name("scope")
                                .addValue("orders:read")
                                .build())
                        .build())
                .ordered(2))
        .addAction(Action.fixedResponse("503").ordered(3))
        .build();
  }

  static TargetGroup cartV1() {
    return TargetGroup.builder()
        .key(CART_V1)
        .name("k8s-shop-cartv1-9c1e2a7b4f")
        .protocol(Protocol.HTTP)
        .protocolVersion(ProtocolVersion.HTTP1)
        .port(8080)
        .targetType(TargetType.IP)
        .ipAddressType(TargetGroupIpAddressType.IPV4)
        .healthCheckEnabled(true)
        .healthCheckProtocol(Protocol.HTTP)
        .healthCheckPort("traffic-port")
        .healthCheckPath("/healthz")
        .healthCheckIntervalSeconds(15)
        .healthCheckTimeoutSeconds(5)
        .healthyThresholdCount(3)
        .unhealthyThresholdCount(2)
        .matcher(Matcher.httpCode("200-299"))
        .putAttribute("deregistration_delay.timeout_seconds", "30")
        .putTag("elbgateway.io/service", "shop/cart-v1:8080")
        .addTarget(TargetDescription.of("192.168.11.34", 8080))
        .addTarget(
            ImmutableTargetDescription.builder()
                .id("192.168.10.21")
                .port(8080)
                .availabilityZone("us-west-2a")
                .build())
        .build();
  }

  static TargetGroup cartV2() {
    return TargetGroup.builder()
        .key(CART_V2)
        .name("k8s-shop-cartv2-1d4b6e8a0c")
        .protocol(Protocol.HTTP)
        .protocolVersion(ProtocolVersion.GRPC)
        .port(31080)
        .targetType(TargetType.INSTANCE)
        .matcher(Matcher.grpcCode("0-12"))
        .addTarget(TargetDescription.of("i-0123456789abcdef0", 31080))
        .targetControlPort(3000)
        .build();
  }

  static ElbStack stack() {
    return ElbStack.builder()
        .gateway(GATEWAY)
        .loadBalancer(loadBalancer())
        .addListeners(httpsListener(), httpListener())
        .addRules(authRule(), weightedRule(), oidcRule())
        .addTargetGroups(cartV2(), cartV1())
        .build();
  }
}
