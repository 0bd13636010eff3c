/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.apply;

import io.elbgateway.model.elb.Certificate;
import io.elbgateway.model.elb.Listener;
import io.elbgateway.model.elb.ListenerRule;
import io.elbgateway.model.elb.LoadBalancer;
import io.elbgateway.model.elb.LoadBalancerType;
import io.elbgateway.model.elb.SecretReference;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.model.elb.TargetGroupTuple;
import io.elbgateway.sync.aws.ApiGroup;
import io.elbgateway.sync.aws.AwsCalls;
import io.elbgateway.sync.aws.AwsClients;
import io.elbgateway.sync.aws.AwsErrors;
import io.elbgateway.sync.aws.ElbShapes;
import io.elbgateway.sync.aws.OwnershipTags;
import io.elbgateway.sync.aws.Pages;
import io.elbgateway.sync.observe.TagCache;
import io.elbgateway.sync.plan.Change;
import io.elbgateway.sync.plan.Operation;
import io.elbgateway.sync.plan.Plan;
import io.elbgateway.sync.plan.PlanProblem;
import io.elbgateway.sync.plan.RulePriority;
import io.elbgateway.sync.plan.ShieldNames;
import io.elbgateway.sync.resolve.ClientCredentials;
import io.elbgateway.sync.resolve.ResolutionException;
import io.elbgateway.sync.resolve.SecretResolver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeRulesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.IpamPools;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerAttribute;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.MinimumLoadBalancerCapacity;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SubnetMapping;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupAttribute;

/**
 * Runs a {@link Plan}'s changes in order through the SDK clients, and stops at the first change
 * that fails for good (after {@link AwsCalls} retried what may pass). Every step is safe to run
 * again: creates carry their ownership tags in the create call itself, ELBv2 returns the existing
 * load balancer, target group or listener for a create with identical settings, a rule create that
 * finds its priority taken adopts the rule there if it carries this rule's resource tag (an earlier
 * attempt whose reply was lost), and deleting what is already gone succeeds. A re-run after any
 * failure or crash therefore converges.
 *
 * <p>Before it changes or deletes anything that exists, the applier reads the resource's tags
 * afresh and skips it if they no longer name this cluster and stack.
 */
public final class Applier {

  private static final Logger LOG = LoggerFactory.getLogger(Applier.class);

  /** AddListenerCertificates and RemoveListenerCertificates take one certificate per call. */
  private static final int ATTRIBUTES_PER_CALL = 20;

  /** How often a target group delete is tried while its load balancer lets go of it. */
  private static final int IN_USE_ATTEMPTS = 5;

  private final AwsClients clients;
  private final ElasticLoadBalancingV2Client elbv2;
  private final AwsCalls calls;
  private final OwnershipTags ownership;
  private final TagCache tags;
  private final SecretResolver secrets;

  /** An applier. */
  public Applier(
      AwsClients clients, AwsCalls calls, OwnershipTags ownership, TagCache tags, SecretResolver secrets) {
    this.clients = clients;
    this.elbv2 = clients.elbv2();
    this.calls = calls;
    this.ownership = ownership;
    this.tags = tags;
    this.secrets = secrets;
  }

  /** Applies the plan. */
  public ApplyResult apply(Plan plan) {
    return apply(plan, ApplyProgress.none());
  }

  /** Applies the plan, telling {@code progress} before each change. */
  public ApplyResult apply(Plan plan, ApplyProgress progress) {
    Run run = new Run(plan);
    ImmutableApplyResult.Builder result = ApplyResult.builder();
    List<Change> changes = stillOwned(plan, result);
    int done = 0;
    for (Change change : changes) {
      progress.starting(done++, changes.size(), change);
      try {
        LOG.info("{} {} {}", change.operation().verb(), change.operation().resource(), change.key());
        run.execute(change);
        result.addApplied(change);
      } catch (RuntimeException error) {
        // SDK errors, names that do not resolve, and a client's own bugs alike end this stack's
        // apply with a failure that names the change; Errors (a dying process) pass through.
        ApplyFailure failure = failure(change, error);
        LOG.warn("{}", failure.describe());
        result.failure(failure);
        break;
      }
    }
    run.created.ifPresent(result::createdLoadBalancer);
    return result.arns(run.arns).build();
  }

  /** The changes whose existing resources still carry this stack's tags, read afresh. */
  private List<Change> stillOwned(Plan plan, ImmutableApplyResult.Builder result) {
    List<String> arns = new ArrayList<>();
    for (Change change : plan.changes()) {
      if (change.operation() == Operation.SET_RULE_PRIORITIES) {
        change.priorities().forEach(p -> arns.add(p.ruleArn()));
      } else {
        // Every change on something that exists names its ARN; creates name none.
        change.arn().filter(a -> a.startsWith("arn:")).ifPresent(arns::add);
      }
    }
    if (arns.isEmpty()) {
      return plan.changes();
    }
    Map<String, Map<String, String>> fresh = tags.fresh(arns);
    List<Change> kept = new ArrayList<>();
    for (Change change : plan.changes()) {
      List<String> named =
          change.operation() == Operation.SET_RULE_PRIORITIES
              ? change.priorities().stream().map(RulePriority::ruleArn).collect(Collectors.toList())
              : change.arn().filter(fresh::containsKey).map(List::of).orElse(List.of());
      Optional<String> foreign =
          named.stream()
              .filter(a -> !(ownership.ownedByCluster(fresh.get(a)) && plan.stack().equals(fresh.get(a).get(OwnershipTags.STACK))))
              .findFirst();
      if (foreign.isPresent()) {
        result.addSkipped(
            PlanProblem.of(change.key(), "skipped: " + foreign.get() + " no longer carries this stack's ownership tags"));
      } else {
        kept.add(change);
      }
    }
    return kept;
  }

  private static ApplyFailure failure(Change change, RuntimeException error) {
    return ApplyFailure.of(change.operation().verb() + " " + change.operation().resource() + " " + change.key(), error);
  }

  /** One application of a plan: the ARNs known so far. */
  private final class Run {
    final Plan plan;
    final Map<String, String> arns;
    Optional<String> vpcId;
    Optional<software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer> created = Optional.empty();

    Run(Plan plan) {
      this.plan = plan;
      this.arns = new LinkedHashMap<>(plan.arns());
      this.vpcId = plan.vpcId();
    }

    void execute(Change c) {
      switch (c.operation()) {
        case CREATE_LOAD_BALANCER:
          createLoadBalancer(c.loadBalancer().orElseThrow());
          break;
        case DELETE_LOAD_BALANCER:
          ignoring("LoadBalancerNotFound", () -> call("DeleteLoadBalancer", () -> elbv2.deleteLoadBalancer(r -> r.loadBalancerArn(arnOf(c)))));
          c.arn().ifPresent(tags::forget);
          break;
        case SET_SUBNETS:
          setSubnets(arnOf(c), c.loadBalancer().orElseThrow());
          break;
        case SET_SECURITY_GROUPS:
          call("SetSecurityGroups", () -> elbv2.setSecurityGroups(r -> r.loadBalancerArn(arnOf(c)).securityGroups(c.loadBalancer().orElseThrow().securityGroups())));
          break;
        case SET_IP_ADDRESS_TYPE:
          call("SetIpAddressType", () -> elbv2.setIpAddressType(r -> r.loadBalancerArn(arnOf(c)).ipAddressType(c.loadBalancer().orElseThrow().ipAddressType().toString())));
          break;
        case MODIFY_LOAD_BALANCER_ATTRIBUTES:
          for (List<Map.Entry<String, String>> chunk : chunks(c.attributes())) {
            call("ModifyLoadBalancerAttributes", () -> elbv2.modifyLoadBalancerAttributes(r -> r.loadBalancerArn(arnOf(c))
                .attributes(chunk.stream().map(e -> LoadBalancerAttribute.builder().key(e.getKey()).value(e.getValue()).build()).collect(Collectors.toList()))));
          }
          break;
        case MODIFY_CAPACITY_RESERVATION:
          int units = c.loadBalancer().orElseThrow().minimumLoadBalancerCapacity().orElseThrow().capacityUnits();
          call("ModifyCapacityReservation", () -> elbv2.modifyCapacityReservation(r -> r.loadBalancerArn(arnOf(c))
              .minimumLoadBalancerCapacity(MinimumLoadBalancerCapacity.builder().capacityUnits(units).build())));
          break;
        case CREATE_TARGET_GROUP:
          createTargetGroup(c.targetGroup().orElseThrow());
          break;
        case MODIFY_TARGET_GROUP:
          modifyTargetGroup(arnOf(c), c.targetGroup().orElseThrow());
          break;
        case MODIFY_TARGET_GROUP_ATTRIBUTES:
          for (List<Map.Entry<String, String>> chunk : chunks(c.attributes())) {
            call("ModifyTargetGroupAttributes", () -> elbv2.modifyTargetGroupAttributes(r -> r.targetGroupArn(arnOf(c))
                .attributes(chunk.stream().map(e -> TargetGroupAttribute.builder().key(e.getKey()).value(e.getValue()).build()).collect(Collectors.toList()))));
          }
          break;
        case REGISTER_TARGETS:
          calls.call(ApiGroup.ELBV2_TARGETS, "RegisterTargets", () -> elbv2.registerTargets(r -> r.targetGroupArn(arnOf(c))
              .targets(c.targets().stream().map(ElbShapes::target).collect(Collectors.toList()))));
          break;
        case DEREGISTER_TARGETS:
          calls.call(ApiGroup.ELBV2_TARGETS, "DeregisterTargets", () -> elbv2.deregisterTargets(r -> r.targetGroupArn(arnOf(c))
              .targets(c.targets().stream().map(ElbShapes::target).collect(Collectors.toList()))));
          break;
        case DELETE_TARGET_GROUP:
          deleteTargetGroup(arnOf(c));
          break;
        case CREATE_LISTENER:
          createListener(c.listener().orElseThrow());
          break;
        case MODIFY_LISTENER:
          modifyListener(arnOf(c), c.listener().orElseThrow());
          break;
        case MODIFY_LISTENER_ATTRIBUTES:
          call("ModifyListenerAttributes", () -> elbv2.modifyListenerAttributes(r -> r.listenerArn(arnOf(c))
              .attributes(c.attributes().entrySet().stream()
                  .map(e -> software.amazon.awssdk.services.elasticloadbalancingv2.model.ListenerAttribute.builder().key(e.getKey()).value(e.getValue()).build())
                  .collect(Collectors.toList()))));
          break;
        case ADD_LISTENER_CERTIFICATES:
          for (String certificate : c.certificateArns()) {
            call("AddListenerCertificates", () -> elbv2.addListenerCertificates(r -> r.listenerArn(arnOf(c))
                .certificates(software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate.builder().certificateArn(certificate).build())));
          }
          break;
        case REMOVE_LISTENER_CERTIFICATES:
          for (String certificate : c.certificateArns()) {
            call("RemoveListenerCertificates", () -> elbv2.removeListenerCertificates(r -> r.listenerArn(arnOf(c))
                .certificates(software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate.builder().certificateArn(certificate).build())));
          }
          break;
        case DELETE_LISTENER:
          ignoring("ListenerNotFound", () -> call("DeleteListener", () -> elbv2.deleteListener(r -> r.listenerArn(arnOf(c)))));
          c.arn().ifPresent(tags::forget);
          break;
        case SET_RULE_PRIORITIES:
          call("SetRulePriorities", () -> elbv2.setRulePriorities(r -> r.rulePriorities(c.priorities().stream()
              .map(p -> software.amazon.awssdk.services.elasticloadbalancingv2.model.RulePriorityPair.builder().ruleArn(p.ruleArn()).priority(p.priority()).build())
              .collect(Collectors.toList()))));
          break;
        case CREATE_RULE:
          createRule(c.rule().orElseThrow(), arnOfKey(c.parentKey().orElseThrow()));
          break;
        case MODIFY_RULE:
          modifyRule(arnOf(c), c.rule().orElseThrow());
          break;
        case DELETE_RULE:
          ignoring("RuleNotFound", () -> call("DeleteRule", () -> elbv2.deleteRule(r -> r.ruleArn(arnOf(c)))));
          c.arn().ifPresent(tags::forget);
          break;
        case ASSOCIATE_WEB_ACL:
          associateWebAcl(c);
          break;
        case DISASSOCIATE_WEB_ACL:
          disassociateWebAcl(c);
          break;
        case CREATE_PROTECTION:
          createProtection(c);
          break;
        case DELETE_PROTECTION:
          deleteProtection(c);
          break;
        case UPDATE_TAGS:
          updateTags(arnOf(c), c.addTags(), c.removeTagKeys());
          break;
        default:
          throw new IllegalStateException("no step for " + c.operation());
      }
    }

    private void createLoadBalancer(LoadBalancer lb) {
      Map<String, String> resourceTags = ownership.forResource(plan.stack(), lb.key(), lb.tags());
      if (lb.webAclArn().isPresent()) {
        resourceTags.put(OwnershipTags.WEB_ACL, "true");
      }
      boolean network = lb.type() == LoadBalancerType.NETWORK;
      var response =
          call(
              "CreateLoadBalancer",
              () ->
                  elbv2.createLoadBalancer(
                      r -> {
                        r.name(lb.name())
                            .type(lb.type().toString())
                            .scheme(lb.scheme().toString())
                            .ipAddressType(lb.ipAddressType().toString())
                            .tags(ElbShapes.tags(resourceTags));
                        if (network) {
                          r.subnetMappings(subnetMappings(lb));
                        } else {
                          r.subnets(lb.subnetMappings().stream().map(m -> m.subnet()).collect(Collectors.toList()));
                        }
                        if (!lb.securityGroups().isEmpty()) {
                          r.securityGroups(lb.securityGroups());
                        }
                        lb.customerOwnedIpv4Pool().ifPresent(r::customerOwnedIpv4Pool);
                        lb.ipv4IpamPoolId().ifPresent(p -> r.ipamPools(IpamPools.builder().ipv4IpamPoolId(p).build()));
                        lb.enablePrefixForIpv6SourceNat().ifPresent(p -> r.enablePrefixForIpv6SourceNat(p.toString()));
                      }));
      var created = response.loadBalancers().get(0);
      arns.put(lb.key(), created.loadBalancerArn());
      vpcId = Optional.ofNullable(created.vpcId());
      tags.put(created.loadBalancerArn(), resourceTags);
      this.created = Optional.of(created);
    }

    private void setSubnets(String arn, LoadBalancer lb) {
      if (lb.type() == LoadBalancerType.NETWORK) {
        call("SetSubnets", () -> elbv2.setSubnets(r -> r.loadBalancerArn(arn).subnetMappings(subnetMappings(lb))));
      } else {
        call("SetSubnets", () -> elbv2.setSubnets(r -> r.loadBalancerArn(arn).subnets(lb.subnetMappings().stream().map(m -> m.subnet()).collect(Collectors.toList()))));
      }
    }

    private List<SubnetMapping> subnetMappings(LoadBalancer lb) {
      return lb.subnetMappings().stream()
          .map(
              m ->
                  SubnetMapping.builder()
                      .subnetId(m.subnet())
                      .allocationId(m.allocationId().orElse(null))
                      .privateIPv4Address(m.privateIpv4Address().orElse(null))
                      .iPv6Address(m.ipv6Address().orElse(null))
                      .sourceNatIpv6Prefix(m.sourceNatIpv6Prefix().orElse(null))
                      .build())
          .collect(Collectors.toList());
    }

    private void createTargetGroup(TargetGroup tg) {
      Map<String, String> resourceTags = ownership.forResource(plan.stack(), tg.key(), tg.tags());
      String vpc =
          vpcId.orElseThrow(
              () -> new ResolutionException("target group " + tg.name() + " needs the VPC of its load balancer, which does not exist"));
      var created =
          call("CreateTargetGroup", () -> elbv2.createTargetGroup(ElbShapes.createTargetGroup(tg, vpc, resourceTags)))
              .targetGroups().get(0);
      arns.put(tg.key(), created.targetGroupArn());
      tags.put(created.targetGroupArn(), resourceTags);
    }

    private void modifyTargetGroup(String arn, TargetGroup tg) {
      call("ModifyTargetGroup", () -> elbv2.modifyTargetGroup(ElbShapes.modifyTargetGroup(arn, tg)));
    }

    private void deleteTargetGroup(String arn) {
      for (int attempt = 1; ; attempt++) {
        try {
          ignoring("TargetGroupNotFound", () -> call("DeleteTargetGroup", () -> elbv2.deleteTargetGroup(r -> r.targetGroupArn(arn))));
          tags.forget(arn);
          return;
        } catch (SdkException error) {
          // A load balancer just deleted lets go of its target groups a moment later.
          if (!AwsErrors.hasCode(error, "ResourceInUse") || attempt >= IN_USE_ATTEMPTS) {
            throw error;
          }
          pause(Duration.ofSeconds(2));
        }
      }
    }

    private void createListener(Listener listener) {
      Map<String, String> resourceTags = ownership.forResource(plan.stack(), listener.key(), listener.tags());
      String lbArn = arnOfKey(listener.loadBalancerKey());
      var created =
          call(
              "CreateListener",
              () ->
                  elbv2.createListener(
                      r -> {
                        r.loadBalancerArn(lbArn)
                            .protocol(listener.protocol().toString())
                            .port(listener.port())
                            .defaultActions(actions(listener.defaultActions()))
                            .tags(ElbShapes.tags(resourceTags));
                        listener.sslPolicy().ifPresent(r::sslPolicy);
                        listener.defaultCertificate().ifPresent(cert -> r.certificates(certificate(cert)));
                        if (!listener.alpnPolicy().isEmpty()) {
                          r.alpnPolicy(listener.alpnPolicy().stream().map(Object::toString).collect(Collectors.toList()));
                        }
                        listener.mutualAuthentication().ifPresent(m -> r.mutualAuthentication(ElbShapes.mutualAuthentication(m, this::trustStoreArn)));
                      }))
              .listeners().get(0);
      arns.put(listener.key(), created.listenerArn());
      tags.put(created.listenerArn(), resourceTags);
    }

    private void modifyListener(String arn, Listener listener) {
      call(
          "ModifyListener",
          () ->
              elbv2.modifyListener(
                  r -> {
                    r.listenerArn(arn)
                        .protocol(listener.protocol().toString())
                        .port(listener.port())
                        .defaultActions(actions(listener.defaultActions()));
                    listener.sslPolicy().ifPresent(r::sslPolicy);
                    listener.defaultCertificate().ifPresent(cert -> r.certificates(certificate(cert)));
                    if (!listener.alpnPolicy().isEmpty()) {
                      r.alpnPolicy(listener.alpnPolicy().stream().map(Object::toString).collect(Collectors.toList()));
                    }
                    listener.mutualAuthentication().ifPresent(m -> r.mutualAuthentication(ElbShapes.mutualAuthentication(m, this::trustStoreArn)));
                  }));
    }

    private software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate certificate(Certificate cert) {
      return software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate.builder().certificateArn(cert.certificateArn()).build();
    }

    private String trustStoreArn(String nameOrArn) {
      if (nameOrArn.startsWith("arn:")) {
        return nameOrArn;
      }
      return call("DescribeTrustStores", () -> elbv2.describeTrustStores(r -> r.names(nameOrArn)))
          .trustStores().stream()
          .findFirst()
          .map(t -> t.trustStoreArn())
          .orElseThrow(() -> new ResolutionException("no trust store is named " + nameOrArn));
    }

    private void createRule(ListenerRule rule, String listenerArn) {
      Map<String, String> resourceTags = ownership.forResource(plan.stack(), rule.key(), rule.tags());
      String arn;
      try {
        arn =
            call(
                    "CreateRule",
                    () ->
                        elbv2.createRule(
                            r ->
                                r.listenerArn(listenerArn)
                                    .priority(rule.priority())
                                    .conditions(ElbShapes.conditions(rule.conditions()))
                                    .actions(actions(rule.actions()))
                                    .transforms(orNull(ElbShapes.transforms(rule.transforms())))
                                    .tags(ElbShapes.tags(resourceTags))))
                .rules().get(0).ruleArn();
      } catch (SdkException error) {
        // A retry after a lost reply finds its own rule on the priority: adopt it.
        arn = adoptOwnRule(error, rule, listenerArn);
      }
      arns.put(rule.key(), arn);
      tags.put(arn, resourceTags);
    }

    private String adoptOwnRule(SdkException error, ListenerRule rule, String listenerArn) {
      if (!AwsErrors.hasCode(error, "PriorityInUse")) {
        throw error;
      }
      Optional<Rule> there =
          Pages.all(
                  marker -> call("DescribeRules", () -> elbv2.describeRules(r -> r.listenerArn(listenerArn).pageSize(400).marker(marker))),
                  DescribeRulesResponse::rules,
                  DescribeRulesResponse::nextMarker)
              .stream()
              .filter(r -> String.valueOf(rule.priority()).equals(r.priority()))
              .findFirst();
      if (there.isPresent()) {
        Map<String, String> found = tags.fresh(List.of(there.get().ruleArn())).get(there.get().ruleArn());
        if (ownership.ownedByCluster(found) && OwnershipTags.isResource(found, rule.key())) {
          return there.get().ruleArn();
        }
      }
      throw error;
    }

    private void modifyRule(String arn, ListenerRule rule) {
      var transforms = ElbShapes.transforms(rule.transforms());
      call(
          "ModifyRule",
          () ->
              elbv2.modifyRule(
                  r -> {
                    r.ruleArn(arn).conditions(ElbShapes.conditions(rule.conditions())).actions(actions(rule.actions()));
                    if (transforms.isEmpty()) {
                      r.resetTransforms(true);
                    } else {
                      r.transforms(transforms);
                    }
                  }));
    }

    private List<software.amazon.awssdk.services.elasticloadbalancingv2.model.Action> actions(
        List<io.elbgateway.model.elb.Action> actions) {
      return ElbShapes.actions(actions, this::targetGroupArn, this::credentials);
    }

    private String targetGroupArn(TargetGroupTuple tuple) {
      return tuple.targetGroupKey().isPresent()
          ? arnOfKey(tuple.targetGroupKey().get())
          : arnOfKey("name:" + tuple.targetGroupName().orElseThrow());
    }

    private ClientCredentials credentials(SecretReference secret) {
      return secrets
          .credentials(secret)
          .orElseThrow(
              () ->
                  new ResolutionException(
                      "Secret " + secret.namespace() + "/" + secret.name()
                          + " with the OIDC clientID and clientSecret was not found or lacks a key"));
    }

    private void associateWebAcl(Change c) {
      var waf = clients.wafv2().orElseThrow(() -> new ResolutionException("no WAFv2 client was given"));
      String lbArn = arnOf(c);
      String acl = c.webAclArn().orElseThrow();
      calls.call(ApiGroup.WAFV2, "AssociateWebACL", () -> waf.associateWebACL(r -> r.webACLArn(acl).resourceArn(lbArn)));
      Map<String, String> lbTags = tags.tags(List.of(lbArn)).get(lbArn);
      if (!lbTags.containsKey(OwnershipTags.WEB_ACL)) {
        updateTags(lbArn, Map.of(OwnershipTags.WEB_ACL, "true"), List.of());
      }
    }

    private void disassociateWebAcl(Change c) {
      var waf = clients.wafv2().orElseThrow(() -> new ResolutionException("no WAFv2 client was given"));
      String lbArn = arnOf(c);
      calls.call(ApiGroup.WAFV2, "DisassociateWebACL", () -> waf.disassociateWebACL(r -> r.resourceArn(lbArn)));
      updateTags(lbArn, Map.of(), List.of(OwnershipTags.WEB_ACL));
    }

    private void createProtection(Change c) {
      var shield = clients.shield().orElseThrow(() -> new ResolutionException("no Shield client was given"));
      String lbArn = arnOf(c);
      ignoring(
          "ResourceAlreadyExistsException",
          () -> calls.call(ApiGroup.SHIELD, "CreateProtection", () -> shield.createProtection(r -> r.name(ShieldNames.OURS).resourceArn(lbArn))));
    }

    private void deleteProtection(Change c) {
      var shield = clients.shield().orElseThrow(() -> new ResolutionException("no Shield client was given"));
      String lbArn = arnOf(c);
      var protection =
          calls.call(ApiGroup.SHIELD, "DescribeProtection", () -> shield.describeProtection(r -> r.resourceArn(lbArn))).protection();
      if (ShieldNames.OURS.equals(protection.name())) {
        calls.call(ApiGroup.SHIELD, "DeleteProtection", () -> shield.deleteProtection(r -> r.protectionId(protection.id())));
      }
    }

    private void updateTags(String arn, Map<String, String> add, List<String> remove) {
      if (!add.isEmpty()) {
        call("AddTags", () -> elbv2.addTags(r -> r.resourceArns(arn).tags(ElbShapes.tags(add))));
      }
      if (!remove.isEmpty()) {
        call("RemoveTags", () -> elbv2.removeTags(r -> r.resourceArns(arn).tagKeys(remove)));
      }
      tags.forget(arn);
    }

    private String arnOf(Change c) {
      return c.arn().orElseGet(() -> arnOfKey(c.key()));
    }

    private String arnOfKey(String key) {
      String arn = arns.get(key);
      if (arn == null) {
        throw new ResolutionException("no ARN is known for " + key + "; an earlier change that creates it did not run");
      }
      return arn;
    }

    private <T> T call(String operation, Supplier<T> call) {
      return calls.call(ApiGroup.ofElbv2(operation), operation, call);
    }

    private void ignoring(String code, Runnable step) {
      try {
        step.run();
      } catch (SdkException error) {
        if (!AwsErrors.hasCode(error, code)) {
          throw error;
        }
      }
    }

    private void pause(Duration duration) {
      calls.pause(duration);
    }
  }

  private static List<List<Map.Entry<String, String>>> chunks(Map<String, String> attributes) {
    List<Map.Entry<String, String>> entries = new ArrayList<>(attributes.entrySet());
    List<List<Map.Entry<String, String>>> chunks = new ArrayList<>();
    for (int from = 0; from < entries.size(); from += ATTRIBUTES_PER_CALL) {
      chunks.add(entries.subList(from, Math.min(entries.size(), from + ATTRIBUTES_PER_CALL)));
    }
    return chunks;
  }

  private static <T> List<T> orNull(List<T> list) {
    return list.isEmpty() ? null : list;
  }
}
