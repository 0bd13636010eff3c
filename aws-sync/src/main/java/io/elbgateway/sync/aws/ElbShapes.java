/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.aws;

import io.elbgateway.model.elb.Action;
import io.elbgateway.model.elb.AuthenticateCognitoActionConfig;
import io.elbgateway.model.elb.AuthenticateOidcActionConfig;
import io.elbgateway.model.elb.ForwardActionConfig;
import io.elbgateway.model.elb.JwtValidationActionConfig;
import io.elbgateway.model.elb.Matcher;
import io.elbgateway.model.elb.MutualAuthentication;
import io.elbgateway.model.elb.RedirectActionConfig;
import io.elbgateway.model.elb.RewriteConfig;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.elb.RuleTransform;
import io.elbgateway.model.elb.TargetDescription;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.model.elb.TargetGroupTuple;
import io.elbgateway.sync.resolve.ClientCredentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AuthenticateCognitoActionConfig.Builder;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateTargetGroupRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.FixedResponseActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.HostHeaderConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.HostHeaderRewriteConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.HttpHeaderConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.HttpRequestMethodConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.JwtValidationActionAdditionalClaim;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.MutualAuthenticationAttributes;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.PathPatternConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.QueryStringConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.QueryStringKeyValuePair;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SourceIpConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupStickinessConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.UrlRewriteConfig;

/**
 * The desired ELB model in the shapes of the AWS SDK's ELBv2 requests. The model already uses the
 * API's field names and enum values, so each conversion is a field-for-field copy; what the model
 * holds by reference (target groups by logical key or name, OIDC client credentials by Secret) is
 * resolved through the functions the caller passes.
 */
public final class ElbShapes {

  private ElbShapes() {}

  /** The conditions of a rule. */
  public static List<software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition>
      conditions(List<RuleCondition> conditions) {
    return conditions.stream().map(ElbShapes::condition).collect(Collectors.toList());
  }

  private static software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition condition(
      RuleCondition c) {
    var b =
        software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition.builder()
            .field(c.field().toString());
    c.hostHeaderConfig()
        .ifPresent(
            h ->
                b.hostHeaderConfig(
                    HostHeaderConditionConfig.builder()
                        .values(orNull(h.values()))
                        .regexValues(orNull(h.regexValues()))
                        .build()));
    c.pathPatternConfig()
        .ifPresent(
            p ->
                b.pathPatternConfig(
                    PathPatternConditionConfig.builder()
                        .values(orNull(p.values()))
                        .regexValues(orNull(p.regexValues()))
                        .build()));
    c.httpHeaderConfig()
        .ifPresent(
            h ->
                b.httpHeaderConfig(
                    HttpHeaderConditionConfig.builder()
                        .httpHeaderName(h.httpHeaderName())
                        .values(orNull(h.values()))
                        .regexValues(orNull(h.regexValues()))
                        .build()));
    c.queryStringConfig()
        .ifPresent(
            q ->
                b.queryStringConfig(
                    QueryStringConditionConfig.builder()
                        .values(
                            q.values().stream()
                                .map(
                                    kv ->
                                        QueryStringKeyValuePair.builder()
                                            .key(kv.key().orElse(null))
                                            .value(kv.value())
                                            .build())
                                .collect(Collectors.toList()))
                        .build()));
    c.httpRequestMethodConfig()
        .ifPresent(
            m -> b.httpRequestMethodConfig(HttpRequestMethodConditionConfig.builder().values(m.values()).build()));
    c.sourceIpConfig()
        .ifPresent(
            s ->
                b.sourceIpConfig(
                    SourceIpConditionConfig.builder()
                        .values(orNull(s.values()))
                        .ipAddressType(s.ipAddressType().map(Object::toString).orElse(null))
                        .build()));
    return b.build();
  }

  /** The transforms of a rule. */
  public static List<software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleTransform>
      transforms(List<RuleTransform> transforms) {
    return transforms.stream()
        .map(
            t -> {
              var b =
                  software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleTransform.builder()
                      .type(t.type().toString());
              t.hostHeaderRewriteConfig()
                  .ifPresent(h -> b.hostHeaderRewriteConfig(HostHeaderRewriteConfig.builder().rewrites(rewrites(h.rewrites())).build()));
              t.urlRewriteConfig()
                  .ifPresent(u -> b.urlRewriteConfig(UrlRewriteConfig.builder().rewrites(rewrites(u.rewrites())).build()));
              return b.build();
            })
        .collect(Collectors.toList());
  }

  private static List<software.amazon.awssdk.services.elasticloadbalancingv2.model.RewriteConfig>
      rewrites(List<RewriteConfig> rewrites) {
    return rewrites.stream()
        .map(
            r ->
                software.amazon.awssdk.services.elasticloadbalancingv2.model.RewriteConfig.builder()
                    .regex(r.regex())
                    .replace(r.replace())
                    .build())
        .collect(Collectors.toList());
  }

  /**
   * The actions of a rule or a listener's default actions.
   *
   * @param targetGroupArn the ARN of a target group a forward action names
   * @param credentials the client credentials of an authenticate-oidc action
   */
  public static List<software.amazon.awssdk.services.elasticloadbalancingv2.model.Action> actions(
      List<Action> actions,
      Function<TargetGroupTuple, String> targetGroupArn,
      Function<io.elbgateway.model.elb.SecretReference, ClientCredentials> credentials) {
    List<software.amazon.awssdk.services.elasticloadbalancingv2.model.Action> out =
        new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      out.add(action(actions.get(i), i + 1, targetGroupArn, credentials));
    }
    return out;
  }

  private static software.amazon.awssdk.services.elasticloadbalancingv2.model.Action action(
      Action a,
      int position,
      Function<TargetGroupTuple, String> targetGroupArn,
      Function<io.elbgateway.model.elb.SecretReference, ClientCredentials> credentials) {
    var b =
        software.amazon.awssdk.services.elasticloadbalancingv2.model.Action.builder()
            .type(a.type().toString())
            .order(a.order().orElse(position));
    a.forwardConfig().ifPresent(f -> b.forwardConfig(forward(f, targetGroupArn)));
    a.redirectConfig().ifPresent(r -> b.redirectConfig(redirect(r)));
    a.fixedResponseConfig()
        .ifPresent(
            f ->
                b.fixedResponseConfig(
                    FixedResponseActionConfig.builder()
                        .statusCode(f.statusCode())
                        .contentType(f.contentType().orElse(null))
                        .messageBody(f.messageBody().orElse(null))
                        .build()));
    a.authenticateOidcConfig().ifPresent(o -> b.authenticateOidcConfig(oidc(o, credentials)));
    a.authenticateCognitoConfig().ifPresent(c -> b.authenticateCognitoConfig(cognito(c)));
    a.jwtValidationConfig().ifPresent(j -> b.jwtValidationConfig(jwt(j)));
    return b.build();
  }

  private static software.amazon.awssdk.services.elasticloadbalancingv2.model.ForwardActionConfig
      forward(ForwardActionConfig f, Function<TargetGroupTuple, String> targetGroupArn) {
    var b =
        software.amazon.awssdk.services.elasticloadbalancingv2.model.ForwardActionConfig.builder()
            .targetGroups(
                f.targetGroups().stream()
                    .map(
                        t ->
                            software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupTuple
                                .builder()
                                .targetGroupArn(targetGroupArn.apply(t))
                                .weight(t.weight().orElse(null))
                                .build())
                    .collect(Collectors.toList()));
    f.targetGroupStickinessConfig()
        .ifPresent(
            s ->
                b.targetGroupStickinessConfig(
                    TargetGroupStickinessConfig.builder()
                        .enabled(s.enabled())
                        .durationSeconds(s.durationSeconds().orElse(null))
                        .build()));
    return b.build();
  }

  private static software.amazon.awssdk.services.elasticloadbalancingv2.model.RedirectActionConfig
      redirect(RedirectActionConfig r) {
    return software.amazon.awssdk.services.elasticloadbalancingv2.model.RedirectActionConfig.builder()
        .protocol(r.protocol().orElse(null))
        .port(r.port().orElse(null))
        .host(r.host().orElse(null))
        .path(r.path().orElse(null))
        .query(r.query().orElse(null))
        .statusCode(r.statusCode().toString())
        .build();
  }

  private static software.amazon.awssdk.services.elasticloadbalancingv2.model.AuthenticateOidcActionConfig
      oidc(
          AuthenticateOidcActionConfig o,
          Function<io.elbgateway.model.elb.SecretReference, ClientCredentials> credentials) {
    ClientCredentials client = credentials.apply(o.clientCredentialsSecretRef());
    return software.amazon.awssdk.services.elasticloadbalancingv2.model.AuthenticateOidcActionConfig
        .builder()
        .issuer(o.issuer())
        .authorizationEndpoint(o.authorizationEndpoint())
        .tokenEndpoint(o.tokenEndpoint())
        .userInfoEndpoint(o.userInfoEndpoint())
        .clientId(client.clientId())
        .clientSecret(client.clientSecret())
        .sessionCookieName(o.sessionCookieName().orElse(null))
        .scope(o.scope().orElse(null))
        .sessionTimeout(o.sessionTimeout().orElse(null))
        .authenticationRequestExtraParams(orNull(o.authenticationRequestExtraParams()))
        .onUnauthenticatedRequest(o.onUnauthenticatedRequest().map(Object::toString).orElse(null))
        .build();
  }

  private static software.amazon.awssdk.services.elasticloadbalancingv2.model.AuthenticateCognitoActionConfig
      cognito(AuthenticateCognitoActionConfig c) {
    Builder b =
        software.amazon.awssdk.services.elasticloadbalancingv2.model.AuthenticateCognitoActionConfig
            .builder()
            .userPoolArn(c.userPoolArn())
            .userPoolClientId(c.userPoolClientId())
            .userPoolDomain(c.userPoolDomain())
            .sessionCookieName(c.sessionCookieName().orElse(null))
            .scope(c.scope().orElse(null))
            .sessionTimeout(c.sessionTimeout().orElse(null))
            .authenticationRequestExtraParams(orNull(c.authenticationRequestExtraParams()))
            .onUnauthenticatedRequest(c.onUnauthenticatedRequest().map(Object::toString).orElse(null));
    return b.build();
  }

  private static software.amazon.awssdk.services.elasticloadbalancingv2.model.JwtValidationActionConfig
      jwt(JwtValidationActionConfig j) {
    return software.amazon.awssdk.services.elasticloadbalancingv2.model.JwtValidationActionConfig.builder()
        .jwksEndpoint(j.jwksEndpoint())
        .issuer(j.issuer())
        .additionalClaims(
            orNull(
                j.additionalClaims().stream()
                    .map(
                        c ->
                            JwtValidationActionAdditionalClaim.builder()
                                .format(c.format().toString())
                                .name(c.name())
                                .values(c.values())
                                .build())
                    .collect(Collectors.toList())))
        .build();
  }

  /** Tags in the SDK's shape, in the map's order. */
  public static List<Tag> tags(Map<String, String> tags) {
    return tags.entrySet().stream()
        .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
        .collect(Collectors.toList());
  }

  /** A listener's mutual TLS settings; {@code trustStoreArn} resolves a trust store name. */
  public static MutualAuthenticationAttributes mutualAuthentication(
      MutualAuthentication m, Function<String, String> trustStoreArn) {
    return MutualAuthenticationAttributes.builder()
        .mode(m.mode().toString())
        .trustStoreArn(m.trustStore().map(trustStoreArn).orElse(null))
        .ignoreClientCertificateExpiry(m.ignoreClientCertificateExpiry().orElse(null))
        .advertiseTrustStoreCaNames(m.advertiseTrustStoreCaNames().map(Object::toString).orElse(null))
        .build();
  }

  /** A health check matcher. */
  public static software.amazon.awssdk.services.elasticloadbalancingv2.model.Matcher matcher(Matcher m) {
    return software.amazon.awssdk.services.elasticloadbalancingv2.model.Matcher.builder()
        .httpCode(m.httpCode().orElse(null))
        .grpcCode(m.grpcCode().orElse(null))
        .build();
  }

  /** A target to register or deregister. */
  public static software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription target(
      TargetDescription t) {
    return software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription.builder()
        .id(t.id())
        .port(t.port().orElse(null))
        .availabilityZone(t.availabilityZone().orElse(null))
        .build();
  }

  /** The request that creates a target group, tags included. */
  public static CreateTargetGroupRequest createTargetGroup(
      TargetGroup tg, String vpcId, Map<String, String> tags) {
    boolean lambda = tg.targetType() == io.elbgateway.model.elb.TargetType.LAMBDA;
    // The health check fields mirror modifyTargetGroup below; the two request types share no
    // builder interface.
    return CreateTargetGroupRequest.builder()
        .name(tg.name())
        .protocol(tg.protocol().map(Object::toString).orElse(null))
        .protocolVersion(tg.protocolVersion().map(Object::toString).orElse(null))
        .port(tg.port().orElse(null))
        .vpcId(lambda ? null : vpcId)
        .targetType(tg.targetType().toString())
        .ipAddressType(tg.ipAddressType().map(Object::toString).orElse(null))
        .healthCheckEnabled(tg.healthCheckEnabled().orElse(null))
        .healthCheckProtocol(tg.healthCheckProtocol().map(Object::toString).orElse(null))
        .healthCheckPort(tg.healthCheckPort().orElse(null))
        .healthCheckPath(tg.healthCheckPath().orElse(null))
        .healthCheckIntervalSeconds(tg.healthCheckIntervalSeconds().orElse(null))
        .healthCheckTimeoutSeconds(tg.healthCheckTimeoutSeconds().orElse(null))
        .healthyThresholdCount(tg.healthyThresholdCount().orElse(null))
        .unhealthyThresholdCount(tg.unhealthyThresholdCount().orElse(null))
        .matcher(tg.matcher().map(ElbShapes::matcher).orElse(null))
        .targetControlPort(tg.targetControlPort().orElse(null))
        .tags(tags(tags))
        .build();
  }

  /** The request that sets a target group's health check to the desired one (fields it sets). */
  public static ModifyTargetGroupRequest modifyTargetGroup(String arn, TargetGroup tg) {
    return ModifyTargetGroupRequest.builder()
        .targetGroupArn(arn)
        .healthCheckEnabled(tg.healthCheckEnabled().orElse(null))
        .healthCheckProtocol(tg.healthCheckProtocol().map(Object::toString).orElse(null))
        .healthCheckPort(tg.healthCheckPort().orElse(null))
        .healthCheckPath(tg.healthCheckPath().orElse(null))
        .healthCheckIntervalSeconds(tg.healthCheckIntervalSeconds().orElse(null))
        .healthCheckTimeoutSeconds(tg.healthCheckTimeoutSeconds().orElse(null))
        .healthyThresholdCount(tg.healthyThresholdCount().orElse(null))
        .unhealthyThresholdCount(tg.unhealthyThresholdCount().orElse(null))
        .matcher(tg.matcher().map(ElbShapes::matcher).orElse(null))
        .build();
  }

  /** Null for an empty list: the SDK then leaves the member out of the request. */
  static <T> List<T> orNull(List<T> list) {
    return list.isEmpty() ? null : list;
  }

  private static <K, V> Map<K, V> orNull(Map<K, V> map) {
    return map.isEmpty() ? null : map;
  }
}
