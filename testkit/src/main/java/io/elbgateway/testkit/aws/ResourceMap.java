/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RedirectActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleTransform;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;

/**
 * A plain-text map of an in-memory ELBv2, for a test's expectations and for a person reading a
 * failure: resources by name (load balancers, then target groups), listeners by port, rules by
 * priority, target groups named rather than by ARN, only the attributes that differ from AWS's
 * defaults. The same state always prints the same text.
 */
final class ResourceMap {

  private final InMemoryElbv2 elb;
  private final StringBuilder out = new StringBuilder();

  private ResourceMap(InMemoryElbv2 elb) {
    this.elb = elb;
  }

  static String of(InMemoryElbv2 elb) {
    return new ResourceMap(elb).render();
  }

  private String render() {
    List<LoadBalancer> lbs = elb.loadBalancers();
    lbs.sort(Comparator.comparing(LoadBalancer::loadBalancerName));
    for (LoadBalancer lb : lbs) {
      String arn = lb.loadBalancerArn();
      line(0, "load balancer " + lb.loadBalancerName() + " (" + lb.typeAsString() + ", " + lb.schemeAsString()
          + ", " + lb.ipAddressTypeAsString() + ", " + lb.state().codeAsString() + ")");
      line(1, "dns " + lb.dnsName());
      line(1, "subnets " + lb.availabilityZones().stream().map(z -> z.subnetId() + "@" + z.zoneName()).collect(Collectors.joining(" ")));
      if (!lb.securityGroups().isEmpty()) {
        line(1, "security groups " + String.join(" ", lb.securityGroups()));
      }
      pairs(1, "attributes", elb.changedAttributesOf(arn));
      pairs(1, "tags", elb.tagsOf(arn));
      elb.webAclOf(arn).ifPresent(acl -> line(1, "web ACL " + acl));
      if (elb.shieldProtected(arn)) {
        line(1, "shield advanced protection");
      }
      for (Listener l : elb.listenersOf(arn)) {
        line(1, "listener " + l.protocolAsString() + ":" + l.port()
            + (l.sslPolicy() == null ? "" : " " + l.sslPolicy()));
        if (!l.certificates().isEmpty()) {
          line(2, "default certificate " + l.certificates().get(0).certificateArn());
        }
        elb.extraCertificatesOf(l.listenerArn()).stream().sorted().forEach(c -> line(2, "certificate " + c));
        pairs(2, "attributes", elb.changedAttributesOf(l.listenerArn()));
        pairs(2, "tags", elb.tagsOf(l.listenerArn()));
        for (Rule r : elb.rulesOf(l.listenerArn())) {
          String when = r.conditions().stream().map(ResourceMap::condition).collect(Collectors.joining(" AND "));
          line(2, "rule " + r.priority() + (when.isEmpty() ? "" : " if " + when) + " -> "
              + r.actions().stream().map(this::action).collect(Collectors.joining(", then ")));
          r.transforms().forEach(t -> line(3, transform(t)));
          if (!r.isDefault()) {
            pairs(3, "tags", elb.tagsOf(r.ruleArn()));
          }
        }
      }
    }
    List<TargetGroup> tgs = elb.targetGroups();
    tgs.sort(Comparator.comparing(TargetGroup::targetGroupName));
    for (TargetGroup tg : tgs) {
      String arn = tg.targetGroupArn();
      line(0, "target group " + tg.targetGroupName() + " (" + tg.targetTypeAsString()
          + (tg.protocol() == null ? "" : ", " + tg.protocolAsString() + ":" + tg.port())
          + (tg.protocolVersion() == null ? "" : ", " + tg.protocolVersion()) + ")");
      line(1, "used by " + (tg.loadBalancerArns().isEmpty() ? "no load balancer"
          : tg.loadBalancerArns().stream().map(this::lbName).collect(Collectors.joining(" "))));
      line(1, "health check " + tg.healthCheckProtocolAsString() + " " + tg.healthCheckPort()
          + (tg.healthCheckPath() == null ? "" : " " + tg.healthCheckPath())
          + " every " + tg.healthCheckIntervalSeconds() + "s timeout " + tg.healthCheckTimeoutSeconds() + "s"
          + (tg.matcher() == null ? "" : " matcher " + (tg.matcher().httpCode() != null ? tg.matcher().httpCode() : "grpc " + tg.matcher().grpcCode())));
      pairs(1, "attributes", elb.changedAttributesOf(arn));
      pairs(1, "tags", elb.tagsOf(arn));
      line(1, "targets " + targets(elb.servingTargets(arn)));
      List<TargetDescription> draining = elb.drainingTargets(arn);
      if (!draining.isEmpty()) {
        line(1, "draining " + targets(draining));
      }
    }
    return out.toString();
  }

  private static String condition(RuleCondition c) {
    switch (c.field()) {
      case "host-header":
        return values(c.field(), c.hostHeaderConfig().values(), c.hostHeaderConfig().regexValues());
      case "path-pattern":
        return values(c.field(), c.pathPatternConfig().values(), c.pathPatternConfig().regexValues());
      case "http-header":
        return values(c.field() + " " + c.httpHeaderConfig().httpHeaderName(), c.httpHeaderConfig().values(), c.httpHeaderConfig().regexValues());
      case "query-string":
        return c.field() + "=" + c.queryStringConfig().values().stream()
            .map(p -> (p.key() == null ? "" : p.key() + "=") + p.value()).collect(Collectors.toList());
      case "http-request-method":
        return c.field() + "=" + c.httpRequestMethodConfig().values();
      default:
        return c.field() + "=" + (c.sourceIpConfig().hasValues() ? c.sourceIpConfig().values() : c.sourceIpConfig().ipAddressTypeAsString());
    }
  }

  private static String values(String name, List<String> values, List<String> regex) {
    return name + (values.isEmpty() ? "" : "=" + values) + (regex.isEmpty() ? "" : "~" + regex);
  }

  private String action(Action a) {
    switch (a.typeAsString()) {
      case "forward":
        String stickiness = Boolean.TRUE.equals(a.forwardConfig().targetGroupStickinessConfig().enabled())
            ? " (sticky " + a.forwardConfig().targetGroupStickinessConfig().durationSeconds() + "s)" : "";
        return "forward " + a.forwardConfig().targetGroups().stream()
            .map(t -> tgName(t.targetGroupArn()) + "*" + t.weight()).collect(Collectors.joining(" ")) + stickiness;
      case "redirect":
        RedirectActionConfig r = a.redirectConfig();
        return "redirect " + r.statusCodeAsString() + " " + r.protocol() + "://" + r.host() + ":" + r.port() + r.path() + "?" + r.query();
      case "fixed-response":
        return "fixed-response " + a.fixedResponseConfig().statusCode()
            + (a.fixedResponseConfig().contentType() == null ? "" : " " + a.fixedResponseConfig().contentType())
            + (a.fixedResponseConfig().messageBody() == null ? "" : " \"" + a.fixedResponseConfig().messageBody() + "\"");
      case "authenticate-oidc":
        return "authenticate-oidc " + a.authenticateOidcConfig().issuer();
      case "authenticate-cognito":
        return "authenticate-cognito " + a.authenticateCognitoConfig().userPoolArn();
      default:
        return "jwt-validation " + a.jwtValidationConfig().issuer();
    }
  }

  private static String transform(RuleTransform t) {
    var rewrites = t.hostHeaderRewriteConfig() != null ? t.hostHeaderRewriteConfig().rewrites() : t.urlRewriteConfig().rewrites();
    return "transform " + t.typeAsString() + " " + rewrites.stream()
        .map(x -> x.regex() + " => " + x.replace()).collect(Collectors.joining("; "));
  }

  private static String targets(List<TargetDescription> targets) {
    if (targets.isEmpty()) {
      return "none";
    }
    return targets.stream()
        .map(t -> t.id() + (t.port() == null ? "" : ":" + t.port()) + (t.availabilityZone() == null ? "" : "@" + t.availabilityZone()))
        .sorted().collect(Collectors.joining(" "));
  }

  private String tgName(String arn) {
    return elb.targetGroupOf(arn).map(TargetGroup::targetGroupName).orElse(arn);
  }

  private String lbName(String arn) {
    return elb.loadBalancerOf(arn).map(LoadBalancer::loadBalancerName).orElse(arn);
  }

  private void pairs(int depth, String title, Map<String, String> pairs) {
    if (!pairs.isEmpty()) {
      line(depth, title + " " + new java.util.TreeMap<>(pairs).entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
    }
  }

  private void line(int depth, String text) {
    out.append("  ".repeat(depth)).append(text).append('\n');
  }
}
