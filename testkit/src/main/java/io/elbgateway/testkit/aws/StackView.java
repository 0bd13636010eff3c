/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import io.elbgateway.model.elb.ActionType;
import io.elbgateway.model.elb.ConditionField;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.ImmutableAction;
import io.elbgateway.model.elb.ImmutableAuthenticateCognitoActionConfig;
import io.elbgateway.model.elb.ImmutableAuthenticateOidcActionConfig;
import io.elbgateway.model.elb.ImmutableCertificate;
import io.elbgateway.model.elb.ImmutableFixedResponseActionConfig;
import io.elbgateway.model.elb.ImmutableForwardActionConfig;
import io.elbgateway.model.elb.ImmutableHostHeaderConditionConfig;
import io.elbgateway.model.elb.ImmutableHostHeaderRewriteConfig;
import io.elbgateway.model.elb.ImmutableHttpHeaderConditionConfig;
import io.elbgateway.model.elb.ImmutableHttpRequestMethodConditionConfig;
import io.elbgateway.model.elb.ImmutableJwtValidationActionConfig;
import io.elbgateway.model.elb.ImmutableJwtValidationAdditionalClaim;
import io.elbgateway.model.elb.ImmutableListener;
import io.elbgateway.model.elb.ImmutableListenerRule;
import io.elbgateway.model.elb.ImmutableLoadBalancer;
import io.elbgateway.model.elb.ImmutableMatcher;
import io.elbgateway.model.elb.ImmutablePathPatternConditionConfig;
import io.elbgateway.model.elb.ImmutableQueryStringConditionConfig;
import io.elbgateway.model.elb.ImmutableQueryStringKeyValuePair;
import io.elbgateway.model.elb.ImmutableRedirectActionConfig;
import io.elbgateway.model.elb.ImmutableRewriteConfig;
import io.elbgateway.model.elb.ImmutableRuleCondition;
import io.elbgateway.model.elb.ImmutableRuleTransform;
import io.elbgateway.model.elb.ImmutableSecretReference;
import io.elbgateway.model.elb.ImmutableSourceIpConditionConfig;
import io.elbgateway.model.elb.ImmutableSubnetMapping;
import io.elbgateway.model.elb.ImmutableTargetDescription;
import io.elbgateway.model.elb.ImmutableTargetGroup;
import io.elbgateway.model.elb.ImmutableTargetGroupStickinessConfig;
import io.elbgateway.model.elb.ImmutableTargetGroupTuple;
import io.elbgateway.model.elb.ImmutableUrlRewriteConfig;
import io.elbgateway.model.elb.IpAddressType;
import io.elbgateway.model.elb.JwtClaimFormat;
import io.elbgateway.model.elb.LoadBalancerScheme;
import io.elbgateway.model.elb.LoadBalancerType;
import io.elbgateway.model.elb.OnUnauthenticatedRequest;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.ProtocolVersion;
import io.elbgateway.model.elb.RedirectStatusCode;
import io.elbgateway.model.elb.TargetGroupIpAddressType;
import io.elbgateway.model.elb.TargetType;
import io.elbgateway.model.elb.TransformType;
import io.elbgateway.model.elb.AlpnPolicy;
import io.elbgateway.model.meta.ObjectKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AvailabilityZone;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleTransform;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;

/**
 * Reads the stored SDK state of one load balancer into the desired-state model ({@link ElbStack})
 * that testkit's ALB evaluator takes, so that a test can ask how the in-memory load balancer
 * routes a request. See {@link InMemoryElbv2#stackOf} for the keys it uses.
 */
final class StackView {

  /** Tag holding a resource's logical key (aws-sync's {@code OwnershipTags.RESOURCE}). */
  static final String RESOURCE_TAG = "elbgateway.io/resource";
  /** Tag holding a resource's Gateway, {@code namespace/name} (aws-sync's {@code OwnershipTags.STACK}). */
  static final String STACK_TAG = "elbgateway.io/stack";

  private static final String GATEWAY_GROUP = "gateway.networking.k8s.io";

  private final InMemoryElbv2 elb;

  private StackView(InMemoryElbv2 elb) {
    this.elb = elb;
  }

  static ElbStack of(InMemoryElbv2 elb, LoadBalancer lb) {
    return new StackView(elb).stack(lb);
  }

  private ElbStack stack(LoadBalancer lb) {
    String lbArn = lb.loadBalancerArn();
    Map<String, String> lbTags = elb.tagsOf(lbArn);
    String lbKey = key(lbArn);
    var stack = io.elbgateway.model.elb.ImmutableElbStack.builder().gateway(gateway(lb, lbTags)).loadBalancer(loadBalancer(lb, lbKey));
    Set<String> tgArns = new LinkedHashSet<>();
    for (Listener l : elb.listenersOf(lbArn)) {
      String listenerKey = key(l.listenerArn());
      List<io.elbgateway.model.elb.Certificate> certificates = new ArrayList<>();
      l.certificates().forEach(c -> certificates.add(ImmutableCertificate.builder().certificateArn(c.certificateArn()).defaultCertificate(true).build()));
      elb.extraCertificatesOf(l.listenerArn()).stream().sorted()
          .forEach(c -> certificates.add(ImmutableCertificate.builder().certificateArn(c).build()));
      stack.addListener(
          ImmutableListener.builder()
              .key(listenerKey)
              .loadBalancerKey(lbKey)
              .protocol(wire(Protocol.class, l.protocolAsString()))
              .port(l.port())
              .certificates(certificates)
              .sslPolicy(Optional.ofNullable(l.sslPolicy()))
              .alpnPolicy(l.alpnPolicy().stream().map(a -> wire(AlpnPolicy.class, a)).collect(Collectors.toList()))
              .attributes(elb.changedAttributesOf(l.listenerArn()))
              .defaultActions(actions(l.defaultActions(), tgArns))
              .tags(elb.tagsOf(l.listenerArn()))
              .build());
      for (Rule r : elb.rulesOf(l.listenerArn())) {
        if (r.isDefault()) {
          continue;
        }
        stack.addRule(
            ImmutableListenerRule.builder()
                .key(key(r.ruleArn()))
                .listenerKey(listenerKey)
                .priority(Integer.parseInt(r.priority()))
                .conditions(r.conditions().stream().map(StackView::condition).collect(Collectors.toList()))
                .actions(actions(r.actions(), tgArns))
                .transforms(r.transforms().stream().map(StackView::transform).collect(Collectors.toList()))
                .tags(elb.tagsOf(r.ruleArn()))
                .build());
      }
    }
    String stackTag = lbTags.get(STACK_TAG);
    for (TargetGroup tg : elb.targetGroups()) {
      if (tgArns.contains(tg.targetGroupArn())
          || (stackTag != null && stackTag.equals(elb.tagsOf(tg.targetGroupArn()).get(STACK_TAG)))) {
        stack.addTargetGroup(targetGroup(tg));
      }
    }
    return stack.build();
  }

  private ObjectKey gateway(LoadBalancer lb, Map<String, String> tags) {
    String stack = tags.get(STACK_TAG);
    if (stack != null && stack.indexOf('/') > 0) {
      int slash = stack.indexOf('/');
      return ObjectKey.of(GATEWAY_GROUP, "Gateway", stack.substring(0, slash), stack.substring(slash + 1));
    }
    return ObjectKey.of(GATEWAY_GROUP, "Gateway", "", lb.loadBalancerName());
  }

  private io.elbgateway.model.elb.LoadBalancer loadBalancer(LoadBalancer lb, String key) {
    String arn = lb.loadBalancerArn();
    return ImmutableLoadBalancer.builder()
        .key(key)
        .name(lb.loadBalancerName())
        .type(wire(LoadBalancerType.class, lb.typeAsString()))
        .scheme(wire(LoadBalancerScheme.class, lb.schemeAsString()))
        .ipAddressType(wire(IpAddressType.class, lb.ipAddressTypeAsString()))
        .subnetMappings(lb.availabilityZones().stream().map(AvailabilityZone::subnetId)
            .map(s -> ImmutableSubnetMapping.builder().subnet(s).build()).collect(Collectors.toList()))
        .securityGroups(lb.securityGroups())
        .attributes(elb.changedAttributesOf(arn))
        .tags(elb.tagsOf(arn))
        .webAclArn(elb.webAclOf(arn))
        .shieldEnabled(elb.shieldProtected(arn) ? Optional.of(true) : Optional.empty())
        .build();
  }

  private io.elbgateway.model.elb.TargetGroup targetGroup(TargetGroup tg) {
    String arn = tg.targetGroupArn();
    return ImmutableTargetGroup.builder()
        .key(key(arn))
        .name(tg.targetGroupName())
        .protocol(Optional.ofNullable(tg.protocolAsString()).map(p -> wire(Protocol.class, p)))
        .protocolVersion(Optional.ofNullable(tg.protocolVersion()).map(v -> wire(ProtocolVersion.class, v)))
        .port(Optional.ofNullable(tg.port()))
        .targetType(wire(TargetType.class, tg.targetTypeAsString()))
        .ipAddressType(Optional.ofNullable(tg.ipAddressTypeAsString()).map(v -> wire(TargetGroupIpAddressType.class, v)))
        .healthCheckEnabled(Optional.ofNullable(tg.healthCheckEnabled()))
        .healthCheckProtocol(Optional.ofNullable(tg.healthCheckProtocolAsString()).map(p -> wire(Protocol.class, p)))
        .healthCheckPort(Optional.ofNullable(tg.healthCheckPort()))
        .healthCheckPath(Optional.ofNullable(tg.healthCheckPath()))
        .healthCheckIntervalSeconds(Optional.ofNullable(tg.healthCheckIntervalSeconds()))
        .healthCheckTimeoutSeconds(Optional.ofNullable(tg.healthCheckTimeoutSeconds()))
        .healthyThresholdCount(Optional.ofNullable(tg.healthyThresholdCount()))
        .unhealthyThresholdCount(Optional.ofNullable(tg.unhealthyThresholdCount()))
        .matcher(Optional.ofNullable(tg.matcher()).map(m -> ImmutableMatcher.builder()
            .httpCode(Optional.ofNullable(m.httpCode())).grpcCode(Optional.ofNullable(m.grpcCode())).build()))
        .attributes(elb.changedAttributesOf(arn))
        .tags(elb.tagsOf(arn))
        .targets(elb.servingTargets(arn).stream().map(StackView::target).collect(Collectors.toList()))
        .targetControlPort(Optional.ofNullable(tg.targetControlPort()))
        .build();
  }

  private static io.elbgateway.model.elb.TargetDescription target(TargetDescription t) {
    return ImmutableTargetDescription.builder()
        .id(t.id())
        .port(Optional.ofNullable(t.port()))
        .availabilityZone(Optional.ofNullable(t.availabilityZone()))
        .build();
  }

  private List<io.elbgateway.model.elb.Action> actions(List<Action> actions, Set<String> tgArns) {
    List<io.elbgateway.model.elb.Action> out = new ArrayList<>();
    for (Action a : actions) {
      ImmutableAction.Builder b =
          ImmutableAction.builder().type(wire(ActionType.class, a.typeAsString())).order(Optional.ofNullable(a.order()));
      switch (a.typeAsString()) {
        case "forward":
          ImmutableForwardActionConfig.Builder forward = ImmutableForwardActionConfig.builder();
          a.forwardConfig().targetGroups().forEach(t -> {
            tgArns.add(t.targetGroupArn());
            forward.addTargetGroup(ImmutableTargetGroupTuple.builder().targetGroupKey(key(t.targetGroupArn())).weight(Optional.ofNullable(t.weight())).build());
          });
          if (a.forwardConfig().targetGroupStickinessConfig() != null) {
            var s = a.forwardConfig().targetGroupStickinessConfig();
            forward.targetGroupStickinessConfig(ImmutableTargetGroupStickinessConfig.builder()
                .enabled(Boolean.TRUE.equals(s.enabled())).durationSeconds(Optional.ofNullable(s.durationSeconds())).build());
          }
          b.forwardConfig(forward.build());
          break;
        case "redirect":
          var r = a.redirectConfig();
          b.redirectConfig(ImmutableRedirectActionConfig.builder()
              .protocol(Optional.ofNullable(r.protocol())).port(Optional.ofNullable(r.port()))
              .host(Optional.ofNullable(r.host())).path(Optional.ofNullable(r.path()))
              .query(Optional.ofNullable(r.query()))
              .statusCode(wire(RedirectStatusCode.class, r.statusCodeAsString())).build());
          break;
        case "fixed-response":
          var f = a.fixedResponseConfig();
          b.fixedResponseConfig(ImmutableFixedResponseActionConfig.builder().statusCode(f.statusCode())
              .messageBody(Optional.ofNullable(f.messageBody())).contentType(Optional.ofNullable(f.contentType())).build());
          break;
        case "authenticate-oidc":
          var o = a.authenticateOidcConfig();
          b.authenticateOidcConfig(ImmutableAuthenticateOidcActionConfig.builder()
              .issuer(o.issuer()).authorizationEndpoint(o.authorizationEndpoint()).tokenEndpoint(o.tokenEndpoint())
              .userInfoEndpoint(o.userInfoEndpoint())
              // AWS keeps the client id and secret; the model names a Secret instead. The view
              // names none it could know, so it records the client id as the name.
              .clientCredentialsSecretRef(ImmutableSecretReference.builder().namespace("").name(o.clientId()).build())
              .sessionCookieName(Optional.ofNullable(o.sessionCookieName())).scope(Optional.ofNullable(o.scope()))
              .sessionTimeout(Optional.ofNullable(o.sessionTimeout()))
              .authenticationRequestExtraParams(o.authenticationRequestExtraParams())
              .onUnauthenticatedRequest(Optional.ofNullable(o.onUnauthenticatedRequestAsString()).map(v -> wire(OnUnauthenticatedRequest.class, v)))
              .build());
          break;
        case "authenticate-cognito":
          var c = a.authenticateCognitoConfig();
          b.authenticateCognitoConfig(ImmutableAuthenticateCognitoActionConfig.builder()
              .userPoolArn(c.userPoolArn()).userPoolClientId(c.userPoolClientId()).userPoolDomain(c.userPoolDomain())
              .sessionCookieName(Optional.ofNullable(c.sessionCookieName())).scope(Optional.ofNullable(c.scope()))
              .sessionTimeout(Optional.ofNullable(c.sessionTimeout()))
              .authenticationRequestExtraParams(c.authenticationRequestExtraParams())
              .onUnauthenticatedRequest(Optional.ofNullable(c.onUnauthenticatedRequestAsString()).map(v -> wire(OnUnauthenticatedRequest.class, v)))
              .build());
          break;
        default:
          var j = a.jwtValidationConfig();
          b.jwtValidationConfig(ImmutableJwtValidationActionConfig.builder()
              .jwksEndpoint(j.jwksEndpoint()).issuer(j.issuer())
              .additionalClaims(j.additionalClaims().stream().map(x -> ImmutableJwtValidationAdditionalClaim.builder()
                  .format(wire(JwtClaimFormat.class, x.formatAsString())).name(x.name()).values(x.values()).build())
                  .collect(Collectors.toList()))
              .build());
      }
      out.add(b.build());
    }
    return out;
  }

  private static io.elbgateway.model.elb.RuleCondition condition(RuleCondition c) {
    ImmutableRuleCondition.Builder b = ImmutableRuleCondition.builder().field(wire(ConditionField.class, c.field()));
    switch (c.field()) {
      case "host-header":
        return b.hostHeaderConfig(ImmutableHostHeaderConditionConfig.builder()
            .values(c.hostHeaderConfig().values()).regexValues(c.hostHeaderConfig().regexValues()).build()).build();
      case "path-pattern":
        return b.pathPatternConfig(ImmutablePathPatternConditionConfig.builder()
            .values(c.pathPatternConfig().values()).regexValues(c.pathPatternConfig().regexValues()).build()).build();
      case "http-header":
        return b.httpHeaderConfig(ImmutableHttpHeaderConditionConfig.builder()
            .httpHeaderName(c.httpHeaderConfig().httpHeaderName())
            .values(c.httpHeaderConfig().values()).regexValues(c.httpHeaderConfig().regexValues()).build()).build();
      case "query-string":
        return b.queryStringConfig(ImmutableQueryStringConditionConfig.builder()
            .values(c.queryStringConfig().values().stream().map(p -> ImmutableQueryStringKeyValuePair.builder()
                .key(Optional.ofNullable(p.key())).value(p.value() == null ? "" : p.value()).build()).collect(Collectors.toList()))
            .build()).build();
      case "http-request-method":
        return b.httpRequestMethodConfig(ImmutableHttpRequestMethodConditionConfig.builder()
            .values(c.httpRequestMethodConfig().values()).build()).build();
      default:
        return b.sourceIpConfig(ImmutableSourceIpConditionConfig.builder()
            .values(c.sourceIpConfig().values())
            .ipAddressType(Optional.ofNullable(c.sourceIpConfig().ipAddressTypeAsString()).map(v -> wire(TargetGroupIpAddressType.class, v)))
            .build()).build();
    }
  }

  private static io.elbgateway.model.elb.RuleTransform transform(RuleTransform t) {
    ImmutableRuleTransform.Builder b = ImmutableRuleTransform.builder().type(wire(TransformType.class, t.typeAsString()));
    if (t.hostHeaderRewriteConfig() != null) {
      b.hostHeaderRewriteConfig(ImmutableHostHeaderRewriteConfig.builder().rewrites(t.hostHeaderRewriteConfig().rewrites().stream()
          .map(x -> ImmutableRewriteConfig.builder().regex(x.regex()).replace(x.replace()).build()).collect(Collectors.toList())).build());
    }
    if (t.urlRewriteConfig() != null) {
      b.urlRewriteConfig(ImmutableUrlRewriteConfig.builder().rewrites(t.urlRewriteConfig().rewrites().stream()
          .map(x -> ImmutableRewriteConfig.builder().regex(x.regex()).replace(x.replace()).build()).collect(Collectors.toList())).build());
    }
    return b.build();
  }

  /** The logical key of a resource: its resource tag, or its ARN. */
  private String key(String arn) {
    return elb.tagsOf(arn).getOrDefault(RESOURCE_TAG, arn);
  }

  /** The constant of {@code type} whose wire value ({@code toString()}) is {@code value}. */
  static <E extends Enum<E>> E wire(Class<E> type, String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.toString().equals(value)) {
        return constant;
      }
    }
    throw new IllegalStateException("no " + type.getSimpleName() + " for '" + value + "'");
  }
}
