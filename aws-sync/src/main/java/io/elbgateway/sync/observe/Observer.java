/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.observe;

import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.sync.aws.ApiGroup;
import io.elbgateway.sync.aws.AwsCalls;
import io.elbgateway.sync.aws.AwsClients;
import io.elbgateway.sync.aws.AwsErrors;
import io.elbgateway.sync.aws.OwnershipTags;
import io.elbgateway.sync.aws.Pages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenerCertificatesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeRulesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;

/**
 * Reads what AWS has. {@link #inventory()} lists the Region's load balancers and target groups
 * (every page, 400 per page) and finds the ones this cluster owns by their tags; {@link #observe}
 * then reads one stack in depth: listeners, rules, certificates, targets, and only the attributes,
 * web ACL, Shield protection and capacity the desired stack manages. Reads go through {@link
 * AwsCalls}, so they are rate-limited, retried and counted like every other call.
 */
public final class Observer {

  /** The largest page ELBv2 serves. */
  static final int PAGE = 400;

  private final AwsClients clients;
  private final ElasticLoadBalancingV2Client elbv2;
  private final AwsCalls calls;
  private final OwnershipTags ownership;
  private final TagCache tags;

  /** An observer. */
  public Observer(AwsClients clients, AwsCalls calls, OwnershipTags ownership, TagCache tags) {
    this.clients = clients;
    this.elbv2 = clients.elbv2();
    this.calls = calls;
    this.ownership = ownership;
    this.tags = tags;
  }

  /** Lists the Region's load balancers and target groups and sorts out the owned ones by stack. */
  public Inventory inventory() {
    List<LoadBalancer> loadBalancers =
        Pages.all(
            marker -> describe("DescribeLoadBalancers", () -> elbv2.describeLoadBalancers(r -> r.pageSize(PAGE).marker(marker))),
            DescribeLoadBalancersResponse::loadBalancers,
            DescribeLoadBalancersResponse::nextMarker);
    List<TargetGroup> targetGroups =
        Pages.all(
            marker -> describe("DescribeTargetGroups", () -> elbv2.describeTargetGroups(r -> r.pageSize(PAGE).marker(marker))),
            DescribeTargetGroupsResponse::targetGroups,
            DescribeTargetGroupsResponse::nextMarker);

    List<String> arns = new ArrayList<>();
    loadBalancers.forEach(lb -> arns.add(lb.loadBalancerArn()));
    targetGroups.forEach(tg -> arns.add(tg.targetGroupArn()));
    Map<String, Map<String, String>> allTags = tags.tags(arns);

    ImmutableInventory.Builder inventory = Inventory.builder();
    Map<String, List<String>> ownedLbs = new TreeMap<>();
    Map<String, List<String>> ownedTgs = new TreeMap<>();
    for (LoadBalancer lb : loadBalancers) {
      inventory.putLoadBalancersByName(lb.loadBalancerName(), lb);
      Map<String, String> t = allTags.getOrDefault(lb.loadBalancerArn(), Map.of());
      if (ownership.ownedByCluster(t)) {
        ownedLbs.computeIfAbsent(t.get(OwnershipTags.STACK), k -> new ArrayList<>()).add(lb.loadBalancerArn());
        inventory.putTag(lb.loadBalancerArn(), t);
      }
    }
    for (TargetGroup tg : targetGroups) {
      inventory.putTargetGroupsByName(tg.targetGroupName(), tg);
      Map<String, String> t = allTags.getOrDefault(tg.targetGroupArn(), Map.of());
      if (ownership.ownedByCluster(t)) {
        ownedTgs.computeIfAbsent(t.get(OwnershipTags.STACK), k -> new ArrayList<>()).add(tg.targetGroupArn());
        inventory.putTag(tg.targetGroupArn(), t);
      }
    }
    return inventory.ownedLoadBalancers(ownedLbs).ownedTargetGroups(ownedTgs).build();
  }

  /**
   * Reads one stack in depth.
   *
   * @param stack the stack tag value
   * @param desired the desired stack, which says which optional parts to read; empty when the stack
   *     is to be deleted (then deletion protection is read)
   */
  public ObservedStack observe(Inventory inventory, String stack, Optional<ElbStack> desired) {
    ImmutableObservedStack.Builder observed = ObservedStack.builder().stack(stack);
    for (String arn : inventory.ownedLoadBalancers().getOrDefault(stack, List.of())) {
      observed.addLoadBalancers(loadBalancer(inventory.loadBalancersByArn().get(arn), inventory.tags().get(arn), stack, desired));
    }
    List<ObservedTargetGroup> groups = new ArrayList<>();
    for (String arn : inventory.ownedTargetGroups().getOrDefault(stack, List.of())) {
      TargetGroup tg = inventory.targetGroupsByArn().get(arn);
      Optional<io.elbgateway.model.elb.TargetGroup> wanted =
          desired.flatMap(d -> d.targetGroups().stream().filter(g -> g.name().equals(tg.targetGroupName())).findFirst());
      // Attributes are read when the desired target group sets some, and for a target group about
      // to go: its deregistration delay says how long its targets drain.
      boolean readAttributes =
          desired.isPresent() && wanted.map(g -> !g.attributes().isEmpty()).orElse(true);
      groups.add(
          ObservedTargetGroup.builder()
              .targetGroup(tg)
              .tags(inventory.tags().get(arn))
              .targets(targets(arn))
              .attributes(readAttributes ? Optional.of(targetGroupAttributes(arn)) : Optional.empty())
              .build());
    }
    groups.sort(Comparator.comparing(ObservedTargetGroup::name));
    return observed.targetGroups(groups).build();
  }

  private ObservedLoadBalancer loadBalancer(
      LoadBalancer lb, Map<String, String> lbTags, String stack, Optional<ElbStack> desired) {
    String arn = lb.loadBalancerArn();
    Optional<io.elbgateway.model.elb.LoadBalancer> want =
        desired.map(ElbStack::loadBalancer).filter(d -> d.name().equals(lb.loadBalancerName()));
    ImmutableObservedLoadBalancer.Builder b =
        ObservedLoadBalancer.builder().loadBalancer(lb).tags(lbTags);
    if (want.isEmpty() || !want.get().attributes().isEmpty()) {
      b.attributes(
          Optional.of(
              attributeMap(
                  describe("DescribeLoadBalancerAttributes", () -> elbv2.describeLoadBalancerAttributes(r -> r.loadBalancerArn(arn)))
                      .attributes(),
                  a -> a.key(),
                  a -> a.value())));
    }
    List<Listener> listeners =
        Pages.all(
            marker -> describe("DescribeListeners", () -> elbv2.describeListeners(r -> r.loadBalancerArn(arn).pageSize(PAGE).marker(marker))),
            DescribeListenersResponse::listeners,
            DescribeListenersResponse::nextMarker);
    Map<String, List<Rule>> rulesByListener = new LinkedHashMap<>();
    List<String> arns = new ArrayList<>();
    for (Listener listener : listeners) {
      arns.add(listener.listenerArn());
      List<Rule> rules = rules(listener.listenerArn());
      rulesByListener.put(listener.listenerArn(), rules);
      rules.forEach(r -> arns.add(r.ruleArn()));
    }
    Map<String, Map<String, String>> resourceTags = tags.tags(arns);
    for (Listener listener : listeners) {
      Map<String, String> listenerTags = resourceTags.get(listener.listenerArn());
      Optional<io.elbgateway.model.elb.Listener> wantListener =
          desired.flatMap(d -> d.listeners().stream().filter(l -> l.port() == listener.port()).findFirst());
      boolean tls = "HTTPS".equals(listener.protocolAsString()) || "TLS".equals(listener.protocolAsString());
      b.addListeners(
          ObservedListener.builder()
              .listener(listener)
              .tags(listenerTags)
              .owned(owns(listenerTags, stack))
              .rules(
                  rulesByListener.get(listener.listenerArn()).stream()
                      .map(
                          r ->
                              ObservedRule.builder()
                                  .rule(r)
                                  .tags(resourceTags.get(r.ruleArn()))
                                  .owned(owns(resourceTags.get(r.ruleArn()), stack))
                                  .build())
                      .sorted(Comparator.comparingInt(ObservedRule::priority))
                      .collect(Collectors.toList()))
              .extraCertificateArns(tls && want.isPresent() ? extraCertificates(listener.listenerArn()) : List.of())
              .attributes(
                  wantListener.map(l -> !l.attributes().isEmpty()).orElse(false)
                      ? Optional.of(listenerAttributes(listener.listenerArn()))
                      : Optional.empty())
              .build());
    }
    boolean managesWebAcl =
        want.flatMap(io.elbgateway.model.elb.LoadBalancer::webAclArn).isPresent()
            || lbTags.containsKey(OwnershipTags.WEB_ACL);
    if (clients.wafv2().isPresent() && want.isPresent() && managesWebAcl) {
      var waf = clients.wafv2().get();
      var acl =
          calls.call(ApiGroup.WAFV2, "GetWebACLForResource", () -> waf.getWebACLForResource(r -> r.resourceArn(arn)));
      b.webAclRead(true).webAclArn(Optional.ofNullable(acl.webACL()).map(w -> w.arn()));
    }
    if (clients.shield().isPresent() && want.flatMap(io.elbgateway.model.elb.LoadBalancer::shieldEnabled).isPresent()) {
      var shield = clients.shield().get();
      try {
        var protection =
            calls.call(ApiGroup.SHIELD, "DescribeProtection", () -> shield.describeProtection(r -> r.resourceArn(arn)))
                .protection();
        b.shieldProtectionId(protection.id()).shieldProtectionName(protection.name());
      } catch (SdkException error) {
        if (!AwsErrors.hasCode(error, "ResourceNotFoundException")) {
          throw error;
        }
      }
    }
    if (want.flatMap(io.elbgateway.model.elb.LoadBalancer::minimumLoadBalancerCapacity).isPresent()) {
      var capacity =
          calls.call(
              ApiGroup.ELBV2_DESCRIBE,
              "DescribeCapacityReservation",
              () -> elbv2.describeCapacityReservation(r -> r.loadBalancerArn(arn)));
      b.capacityUnits(
          Optional.ofNullable(capacity.minimumLoadBalancerCapacity()).map(c -> c.capacityUnits()));
    }
    return b.build();
  }

  private <T> T describe(String operation, java.util.function.Supplier<T> call) {
    return calls.call(ApiGroup.ELBV2_DESCRIBE, operation, call);
  }

  private boolean owns(Map<String, String> resourceTags, String stack) {
    return ownership.ownedByCluster(resourceTags) && stack.equals(resourceTags.get(OwnershipTags.STACK));
  }

  private List<Rule> rules(String listenerArn) {
    return Pages.all(
            marker -> describe("DescribeRules", () -> elbv2.describeRules(r -> r.listenerArn(listenerArn).pageSize(PAGE).marker(marker))),
            DescribeRulesResponse::rules,
            DescribeRulesResponse::nextMarker)
        .stream()
        .filter(r -> !Boolean.TRUE.equals(r.isDefault()))
        .collect(Collectors.toList());
  }

  private List<String> extraCertificates(String listenerArn) {
    // The default certificate may be listed twice (alb-elbv2.md §5.2): left out, and duplicates too.
    return Pages.all(
            marker -> describe("DescribeListenerCertificates",
                () -> elbv2.describeListenerCertificates(r -> r.listenerArn(listenerArn).pageSize(PAGE).marker(marker))),
            DescribeListenerCertificatesResponse::certificates,
            DescribeListenerCertificatesResponse::nextMarker)
        .stream()
        .filter(c -> !Boolean.TRUE.equals(c.isDefault()))
        .map(Certificate::certificateArn)
        .distinct()
        .collect(Collectors.toList());
  }

  private Map<String, String> listenerAttributes(String listenerArn) {
    return attributeMap(
        describe("DescribeListenerAttributes", () -> elbv2.describeListenerAttributes(r -> r.listenerArn(listenerArn))).attributes(),
        a -> a.key(),
        a -> a.value());
  }

  private Map<String, String> targetGroupAttributes(String targetGroupArn) {
    return attributeMap(
        describe("DescribeTargetGroupAttributes", () -> elbv2.describeTargetGroupAttributes(r -> r.targetGroupArn(targetGroupArn)))
            .attributes(),
        a -> a.key(),
        a -> a.value());
  }

  /** Attributes of any of the three kinds as a sorted map; an absent value reads as empty. */
  private static <A> Map<String, String> attributeMap(
      List<A> attributes, java.util.function.Function<A, String> key, java.util.function.Function<A, String> value) {
    Map<String, String> map = new TreeMap<>();
    attributes.forEach(a -> map.put(key.apply(a), value.apply(a) == null ? "" : value.apply(a)));
    return map;
  }

  private List<TargetHealthDescription> targets(String targetGroupArn) {
    return describe("DescribeTargetHealth", () -> elbv2.describeTargetHealth(r -> r.targetGroupArn(targetGroupArn)))
        .targetHealthDescriptions();
  }

  /** Whether a listener protocol carries certificates. */
  static boolean secure(Protocol protocol) {
    return protocol == Protocol.HTTPS || protocol == Protocol.TLS;
  }
}
