/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import io.elbgateway.model.elb.ElbStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TrustStore;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTrustStoresResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTrustStoresRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.MinimumLoadBalancerCapacity;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyCapacityReservationResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyCapacityReservationRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeCapacityReservationResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeCapacityReservationRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AddListenerCertificatesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AddListenerCertificatesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AddTagsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AddTagsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AvailabilityZone;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateListenerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateListenerResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateLoadBalancerResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateRuleRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateRuleResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateTargetGroupRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateTargetGroupResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteListenerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteListenerResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteLoadBalancerResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteRuleRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteRuleResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteTargetGroupRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteTargetGroupResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeregisterTargetsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeregisterTargetsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeAccountLimitsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeAccountLimitsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenerAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenerAttributesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenerCertificatesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenerCertificatesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenersRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancerAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancerAttributesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancersRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeRulesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeRulesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTagsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTagsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupAttributesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetHealthRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetHealthResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Limit;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ListenerAttribute;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerAttribute;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerState;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerStateEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Matcher;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerAttributesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyLoadBalancerAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyLoadBalancerAttributesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyRuleRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyRuleResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupAttributesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RegisterTargetsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RegisterTargetsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RemoveListenerCertificatesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RemoveListenerCertificatesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RemoveTagsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RemoveTagsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RulePriorityPair;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleTransform;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetIpAddressTypeRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetIpAddressTypeResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetRulePrioritiesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetRulePrioritiesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetSecurityGroupsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetSecurityGroupsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetSubnetsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetSubnetsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SubnetMapping;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TagDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupAttribute;

/**
 * An in-memory ELBv2 service behind the SDK's {@link ElasticLoadBalancingV2Client} interface,
 * enforcing AWS's rules (alb-elbv2.md): names unique per Region with idempotent creates, priorities
 * unique per listener, target groups in use not deletable, one load balancer per target group,
 * quotas ({@link ElbQuotas}), marker pagination, tags on every resource, and replies shaped like
 * AWS's (actions with their {@code Order}, forward actions with both {@code TargetGroupArn} and
 * {@code ForwardConfig}, redirect keywords, defaults filled, no client secrets, conditions with both
 * legacy {@code Values} and their {@code *Config}). Operations not listed below throw {@link
 * UnsupportedOperationException}, as the interface's defaults do.
 *
 * <p>Served: CreateLoadBalancer, DeleteLoadBalancer, DescribeLoadBalancers,
 * Describe/ModifyLoadBalancerAttributes, SetSubnets, SetSecurityGroups, SetIpAddressType;
 * CreateTargetGroup, ModifyTargetGroup, DeleteTargetGroup, DescribeTargetGroups,
 * Describe/ModifyTargetGroupAttributes, RegisterTargets, DeregisterTargets, DescribeTargetHealth;
 * CreateListener, ModifyListener, DeleteListener, DescribeListeners,
 * Add/Remove/DescribeListenerCertificates, Describe/ModifyListenerAttributes; CreateRule,
 * ModifyRule, DeleteRule, DescribeRules, SetRulePriorities; AddTags, RemoveTags, DescribeTags;
 * DescribeAccountLimits.
 *
 * <p>Time and state: a new load balancer is {@code provisioning}; it turns {@code active} once
 * {@code activeAfterDescribes} DescribeLoadBalancers replies (default 1, see {@link
 * InMemoryAws.Builder#activeAfterDescribes}) have shown it provisioning. Targets drain for their
 * group's deregistration delay on the shared clock, see {@link TargetRegistry}.
 *
 * <p>Ids are drawn from a seeded generator, so the same calls give the same ARNs and DNS names.
 * Every call goes through the shared {@link CallLog} and {@link Faults}. Thread-safe.
 */
public final class InMemoryElbv2 implements ElasticLoadBalancingV2Client {

  private static final String SECURITY_POLICY = "ELBSecurityPolicy-2016-08";
  private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$");
  private static final Set<String> ALB_PROTOCOLS = Set.of("HTTP", "HTTPS");
  private static final Set<String> NLB_PROTOCOLS =
      Set.of("TCP", "TLS", "UDP", "TCP_UDP", "QUIC", "TCP_QUIC");
  private static final Map<String, String[]> HOSTED_ZONES =
      Map.of(
          "us-east-1", new String[] {"Z35SXDOTRQ7X7K", "Z26RNL4JYFTOTI"},
          "us-west-2", new String[] {"Z1H1FL5HABSF5", "Z18D5FSROUN65G"},
          "eu-west-1", new String[] {"Z32O12XQLNTSW2", "Z2IFOLAFXWLO4F"},
          "eu-central-1", new String[] {"Z215JYRZR1TBD5", "Z3F0SRJ5LGBH90"});

  private final AwsContext ctx;
  private final ServiceErrors errors = ServiceErrors.ELBV2;
  private final Map<String, LoadBalancer> loadBalancers = new LinkedHashMap<>();
  private final Map<String, Integer> provisioningReads = new HashMap<>();
  private final Map<String, Listener> listeners = new LinkedHashMap<>();
  private final Map<String, Rule> rules = new LinkedHashMap<>();
  private final Map<String, String> ruleListener = new HashMap<>();
  private final Map<String, TargetGroup> targetGroups = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> attributes = new HashMap<>();
  private final Map<String, Map<String, String>> tags = new HashMap<>();
  private final Map<String, Set<String>> extraCertificates = new HashMap<>();
  private final TargetRegistry targets = new TargetRegistry();
  // Indexes, so that a sync of hundreds of load balancers stays fast: names, children, users.
  private final Map<String, Integer> capacityUnits = new HashMap<>();
  private final Map<String, String> trustStoresByName = new LinkedHashMap<>();
  private final Map<String, String> loadBalancerByName = new HashMap<>();
  private final Map<String, String> targetGroupByName = new HashMap<>();
  private final Map<String, Set<String>> listenersByLoadBalancer = new HashMap<>();
  private final Map<String, Set<String>> rulesByListener = new HashMap<>();
  private final Map<String, Set<String>> targetGroupUsers = new HashMap<>();
  private final List<Consumer<String>> deletionHooks = new ArrayList<>();
  private Function<String, Optional<String>> webAclOf = arn -> Optional.empty();
  private Predicate<String> shieldProtected = arn -> false;

  InMemoryElbv2(AwsContext ctx) {
    this.ctx = ctx;
  }

  /** A stand-alone in-memory ELBv2 with the defaults of {@link InMemoryAws#builder()}. */
  public static InMemoryElbv2 create() {
    return InMemoryAws.builder().build().elbv2();
  }

  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  /** Nothing to release. */
  @Override
  public void close() {}

  /** The log of every call made to the clients of this in-memory AWS. */
  public CallLog callLog() {
    return ctx.gate.log();
  }

  // ---------------------------------------------------------------- load balancers

  @Override
  public CreateLoadBalancerResponse createLoadBalancer(CreateLoadBalancerRequest r) {
    return call("CreateLoadBalancer", r, () -> {
      String name = required(r.name(), "Name");
      if (!NAME.matcher(name).matches() || name.startsWith("internal-")) {
        throw errors.error("ValidationError", "Load balancer name '" + name + "' is not valid");
      }
      String type = or(r.typeAsString(), "application");
      if (!type.equals("application") && !type.equals("network")) {
        throw errors.error("InvalidConfigurationRequest", "Load balancer type '" + type + "' is not served here");
      }
      String scheme = or(r.schemeAsString(), "internet-facing");
      if (!scheme.equals("internet-facing") && !scheme.equals("internal")) {
        throw errors.error("InvalidScheme", "Scheme '" + scheme + "' is not valid");
      }
      String ipType = or(r.ipAddressTypeAsString(), "ipv4");
      Set<String> ipTypes = type.equals("application")
          ? Set.of("ipv4", "dualstack", "dualstack-without-public-ipv4")
          : Set.of("ipv4", "dualstack");
      if (!ipTypes.contains(ipType)) {
        throw errors.error("InvalidConfigurationRequest", "IP address type '" + ipType + "' is not valid for a " + type + " load balancer");
      }
      List<String> subnets = subnets(r.subnets(), r.subnetMappings(), type);
      // An ALB created without security groups gets the VPC's default one, as in AWS.
      List<String> groups = r.securityGroups().isEmpty() && type.equals("application")
          ? List.of(ctx.defaultSecurityGroup) : r.securityGroups();
      LoadBalancer existing = byName(name);
      if (existing != null) {
        boolean same = existing.typeAsString().equals(type)
            && existing.schemeAsString().equals(scheme)
            && existing.ipAddressTypeAsString().equals(ipType)
            && new TreeSet<>(subnetsOf(existing)).equals(new TreeSet<>(subnets))
            && new TreeSet<>(existing.securityGroups()).equals(new TreeSet<>(groups));
        if (!same) {
          throw errors.error("DuplicateLoadBalancerName", "A load balancer with the same name '" + name + "' exists, but with different settings");
        }
        return CreateLoadBalancerResponse.builder().loadBalancers(view(existing)).build();
      }
      long ofType = loadBalancers.values().stream().filter(lb -> lb.typeAsString().equals(type)).count();
      if (ofType >= ctx.quotas.loadBalancersPerRegion()) {
        throw errors.error("TooManyLoadBalancers", "You have reached the limit of " + ctx.quotas.loadBalancersPerRegion() + " load balancers");
      }
      Map<String, String> newTags = checkedTags(Map.of(), r.tags());
      String id = ctx.hex(16);
      String arn = prefix() + "loadbalancer/" + (type.equals("application") ? "app/" : "net/") + name + "/" + id;
      String dns = (scheme.equals("internal") ? "internal-" : "") + name + "-" + ctx.digits(10) + "." + ctx.region + ".elb.amazonaws.com";
      String[] zones = HOSTED_ZONES.getOrDefault(ctx.region, HOSTED_ZONES.get("us-west-2"));
      LoadBalancer lb = LoadBalancer.builder()
          .loadBalancerArn(arn)
          .dnsName(dns)
          .canonicalHostedZoneId(type.equals("application") ? zones[0] : zones[1])
          .createdTime(ctx.clock.instant())
          .loadBalancerName(name)
          .scheme(scheme)
          .vpcId(ctx.vpcId)
          .state(LoadBalancerState.builder().code(LoadBalancerStateEnum.PROVISIONING).build())
          .type(type)
          .availabilityZones(zones(subnets))
          .securityGroups(groups)
          .ipAddressType(ipType)
          .build();
      loadBalancers.put(arn, lb);
      loadBalancerByName.put(name, arn);
      listenersByLoadBalancer.put(arn, new LinkedHashSet<>());
      provisioningReads.put(arn, 0);
      attributes.put(arn, ElbAttributes.loadBalancerDefaults(type));
      tags.put(arn, newTags);
      return CreateLoadBalancerResponse.builder().loadBalancers(view(lb)).build();
    });
  }

  @Override
  public DeleteLoadBalancerResponse deleteLoadBalancer(DeleteLoadBalancerRequest r) {
    return call("DeleteLoadBalancer", r, () -> {
      String arn = required(r.loadBalancerArn(), "LoadBalancerArn");
      if (!loadBalancers.containsKey(arn)) {
        return DeleteLoadBalancerResponse.builder().build();
      }
      if ("true".equals(attributes.get(arn).get("deletion_protection.enabled"))) {
        throw errors.error("OperationNotPermitted", "Load balancer '" + arn + "' cannot be deleted because deletion protection is enabled");
      }
      for (Listener l : listenersOf(arn)) {
        removeListener(l.listenerArn());
      }
      loadBalancerByName.remove(loadBalancers.remove(arn).loadBalancerName());
      listenersByLoadBalancer.remove(arn);
      provisioningReads.remove(arn);
      capacityUnits.remove(arn);
      attributes.remove(arn);
      tags.remove(arn);
      deletionHooks.forEach(h -> h.accept(arn));
      return DeleteLoadBalancerResponse.builder().build();
    });
  }

  @Override
  public DescribeLoadBalancersResponse describeLoadBalancers(DescribeLoadBalancersRequest r) {
    return call("DescribeLoadBalancers", r, () -> {
      if (r.hasLoadBalancerArns() && r.hasNames()) {
        throw errors.error("ValidationError", "Specify either load balancer ARNs or names, not both");
      }
      List<LoadBalancer> found = new ArrayList<>();
      if (r.hasLoadBalancerArns()) {
        atMost20(r.loadBalancerArns(), "LoadBalancerArns");
        for (String arn : r.loadBalancerArns()) {
          found.add(loadBalancer(arn));
        }
      } else if (r.hasNames()) {
        for (String name : r.names()) {
          LoadBalancer lb = byName(name);
          if (lb == null) {
            throw errors.error("LoadBalancerNotFound", "Load balancers '[" + name + "]' not found");
          }
          found.add(lb);
        }
      } else {
        found.addAll(loadBalancers.values());
      }
      Pages.Page<LoadBalancer> page = Pages.of(found, r.marker(), r.pageSize(), 400, errors, "PageSize");
      List<LoadBalancer> shown = new ArrayList<>();
      for (LoadBalancer lb : page.items) {
        shown.add(view(lb));
        provisioningReads.merge(lb.loadBalancerArn(), 1, Integer::sum);
      }
      return DescribeLoadBalancersResponse.builder().loadBalancers(shown).nextMarker(page.nextOrNull()).build();
    });
  }

  @Override
  public DescribeLoadBalancerAttributesResponse describeLoadBalancerAttributes(DescribeLoadBalancerAttributesRequest r) {
    return call("DescribeLoadBalancerAttributes", r, () -> {
      LoadBalancer lb = loadBalancer(r.loadBalancerArn());
      return DescribeLoadBalancerAttributesResponse.builder()
          .attributes(lbAttributes(lb.loadBalancerArn()))
          .build();
    });
  }

  @Override
  public ModifyLoadBalancerAttributesResponse modifyLoadBalancerAttributes(ModifyLoadBalancerAttributesRequest r) {
    return call("ModifyLoadBalancerAttributes", r, () -> {
      LoadBalancer lb = loadBalancer(r.loadBalancerArn());
      Map<String, String> changes = new LinkedHashMap<>();
      r.attributes().forEach(a -> changes.put(a.key(), a.value()));
      ElbAttributes.modify(attributes.get(lb.loadBalancerArn()), changes, r.attributes().size(), "load balancer");
      return ModifyLoadBalancerAttributesResponse.builder()
          .attributes(lbAttributes(lb.loadBalancerArn()))
          .build();
    });
  }

  @Override
  public SetSubnetsResponse setSubnets(SetSubnetsRequest r) {
    return call("SetSubnets", r, () -> {
      LoadBalancer lb = loadBalancer(r.loadBalancerArn());
      List<String> subnets = subnets(r.subnets(), r.subnetMappings(), lb.typeAsString());
      LoadBalancer changed = lb.toBuilder().availabilityZones(zones(subnets)).build();
      loadBalancers.put(lb.loadBalancerArn(), changed);
      return SetSubnetsResponse.builder()
          .availabilityZones(changed.availabilityZones())
          .ipAddressType(changed.ipAddressTypeAsString())
          .build();
    });
  }

  @Override
  public SetSecurityGroupsResponse setSecurityGroups(SetSecurityGroupsRequest r) {
    return call("SetSecurityGroups", r, () -> {
      LoadBalancer lb = loadBalancer(r.loadBalancerArn());
      loadBalancers.put(lb.loadBalancerArn(), lb.toBuilder().securityGroups(r.securityGroups()).build());
      return SetSecurityGroupsResponse.builder().securityGroupIds(r.securityGroups()).build();
    });
  }

  @Override
  public SetIpAddressTypeResponse setIpAddressType(SetIpAddressTypeRequest r) {
    return call("SetIpAddressType", r, () -> {
      LoadBalancer lb = loadBalancer(r.loadBalancerArn());
      String ipType = required(r.ipAddressTypeAsString(), "IpAddressType");
      if (!Set.of("ipv4", "dualstack", "dualstack-without-public-ipv4").contains(ipType)
          || (lb.typeAsString().equals("network") && ipType.equals("dualstack-without-public-ipv4"))) {
        throw errors.error("InvalidConfigurationRequest", "IP address type '" + ipType + "' is not valid");
      }
      loadBalancers.put(lb.loadBalancerArn(), lb.toBuilder().ipAddressType(ipType).build());
      return SetIpAddressTypeResponse.builder().ipAddressType(ipType).build();
    });
  }

  @Override
  public DescribeCapacityReservationResponse describeCapacityReservation(DescribeCapacityReservationRequest r) {
    return call("DescribeCapacityReservation", r, () -> {
      LoadBalancer lb = loadBalancer(r.loadBalancerArn());
      DescribeCapacityReservationResponse.Builder reply = DescribeCapacityReservationResponse.builder();
      Integer units = capacityUnits.get(lb.loadBalancerArn());
      if (units != null) {
        reply.minimumLoadBalancerCapacity(MinimumLoadBalancerCapacity.builder().capacityUnits(units).build());
      }
      return reply.build();
    });
  }

  @Override
  public ModifyCapacityReservationResponse modifyCapacityReservation(ModifyCapacityReservationRequest r) {
    return call("ModifyCapacityReservation", r, () -> {
      LoadBalancer lb = loadBalancer(r.loadBalancerArn());
      if (Boolean.TRUE.equals(r.resetCapacityReservation())) {
        capacityUnits.remove(lb.loadBalancerArn());
      } else {
        MinimumLoadBalancerCapacity capacity = r.minimumLoadBalancerCapacity();
        if (capacity == null || capacity.capacityUnits() == null || capacity.capacityUnits() < 0) {
          throw errors.error("ValidationError", "MinimumLoadBalancerCapacity.CapacityUnits is required");
        }
        capacityUnits.put(lb.loadBalancerArn(), capacity.capacityUnits());
      }
      return ModifyCapacityReservationResponse.builder().build();
    });
  }

  /** Registers a trust store (for mutual TLS listeners) and returns its ARN; creating them is not served. */
  public synchronized String addTrustStore(String name) {
    return trustStoresByName.computeIfAbsent(name, n -> prefix() + "truststore/" + n + "/" + ctx.hex(16));
  }

  @Override
  public DescribeTrustStoresResponse describeTrustStores(DescribeTrustStoresRequest r) {
    return call("DescribeTrustStores", r, () -> {
      List<TrustStore> found = new ArrayList<>();
      trustStoresByName.forEach((name, arn) -> {
        boolean wanted = (!r.hasNames() && !r.hasTrustStoreArns())
            || (r.hasNames() && r.names().contains(name))
            || (r.hasTrustStoreArns() && r.trustStoreArns().contains(arn));
        if (wanted) {
          found.add(TrustStore.builder().name(name).trustStoreArn(arn).status("ACTIVE").build());
        }
      });
      if (r.hasNames() && found.size() < r.names().size()) {
        throw errors.error("TrustStoreNotFound", "One or more trust stores not found");
      }
      return DescribeTrustStoresResponse.builder().trustStores(found).build();
    });
  }

  // ---------------------------------------------------------------- target groups

  @Override
  public CreateTargetGroupResponse createTargetGroup(CreateTargetGroupRequest r) {
    return call("CreateTargetGroup", r, () -> {
      String name = required(r.name(), "Name");
      if (!NAME.matcher(name).matches()) {
        throw errors.error("ValidationError", "Target group name '" + name + "' is not valid");
      }
      TargetGroup existing = targetGroupByName.containsKey(name) ? targetGroups.get(targetGroupByName.get(name)) : null;
      TargetGroup candidate = newTargetGroup(r, existing == null ? "" : existing.targetGroupArn());
      if (existing != null) {
        if (!candidate.equals(existing)) {
          throw errors.error("DuplicateTargetGroupName", "A target group with the same name '" + name + "' exists, but with different settings");
        }
        return CreateTargetGroupResponse.builder().targetGroups(view(existing)).build();
      }
      if (targetGroups.size() >= ctx.quotas.targetGroupsPerRegion()) {
        throw errors.error("TooManyTargetGroups", "You have reached the limit of " + ctx.quotas.targetGroupsPerRegion() + " target groups");
      }
      Map<String, String> newTags = checkedTags(Map.of(), r.tags());
      String arn = prefix() + "targetgroup/" + name + "/" + ctx.hex(16);
      TargetGroup tg = candidate.toBuilder().targetGroupArn(arn).build();
      targetGroups.put(arn, tg);
      targetGroupByName.put(name, arn);
      attributes.put(arn, ElbAttributes.targetGroupDefaults(tg));
      tags.put(arn, newTags);
      return CreateTargetGroupResponse.builder().targetGroups(view(tg)).build();
    });
  }

  @Override
  public ModifyTargetGroupResponse modifyTargetGroup(ModifyTargetGroupRequest r) {
    return call("ModifyTargetGroup", r, () -> {
      TargetGroup tg = targetGroup(r.targetGroupArn());
      TargetGroup.Builder b = tg.toBuilder();
      if (r.healthCheckProtocol() != null) b.healthCheckProtocol(r.healthCheckProtocolAsString());
      if (r.healthCheckPort() != null) b.healthCheckPort(r.healthCheckPort());
      if (r.healthCheckPath() != null) b.healthCheckPath(r.healthCheckPath());
      if (r.healthCheckEnabled() != null) b.healthCheckEnabled(r.healthCheckEnabled());
      if (r.healthCheckIntervalSeconds() != null) b.healthCheckIntervalSeconds(r.healthCheckIntervalSeconds());
      if (r.healthCheckTimeoutSeconds() != null) b.healthCheckTimeoutSeconds(r.healthCheckTimeoutSeconds());
      if (r.healthyThresholdCount() != null) b.healthyThresholdCount(r.healthyThresholdCount());
      if (r.unhealthyThresholdCount() != null) b.unhealthyThresholdCount(r.unhealthyThresholdCount());
      if (r.matcher() != null) b.matcher(r.matcher());
      TargetGroup changed = b.build();
      checkHealthCheck(changed);
      targetGroups.put(tg.targetGroupArn(), changed);
      return ModifyTargetGroupResponse.builder().targetGroups(view(changed)).build();
    });
  }

  @Override
  public DeleteTargetGroupResponse deleteTargetGroup(DeleteTargetGroupRequest r) {
    return call("DeleteTargetGroup", r, () -> {
      TargetGroup tg = targetGroup(r.targetGroupArn());
      if (inUse(tg.targetGroupArn())) {
        throw errors.error("ResourceInUse", "Target group '" + tg.targetGroupArn() + "' is currently in use by a listener or a rule");
      }
      targetGroups.remove(tg.targetGroupArn());
      targetGroupByName.remove(tg.targetGroupName());
      targetGroupUsers.remove(tg.targetGroupArn());
      attributes.remove(tg.targetGroupArn());
      tags.remove(tg.targetGroupArn());
      targets.forget(tg.targetGroupArn());
      return DeleteTargetGroupResponse.builder().build();
    });
  }

  @Override
  public DescribeTargetGroupsResponse describeTargetGroups(DescribeTargetGroupsRequest r) {
    return call("DescribeTargetGroups", r, () -> {
      int ways = (r.loadBalancerArn() != null ? 1 : 0) + (r.hasTargetGroupArns() ? 1 : 0) + (r.hasNames() ? 1 : 0);
      if (ways > 1) {
        throw errors.error("ValidationError", "Specify at most one of LoadBalancerArn, TargetGroupArns and Names");
      }
      List<TargetGroup> found = new ArrayList<>();
      if (r.loadBalancerArn() != null) {
        String lb = loadBalancer(r.loadBalancerArn()).loadBalancerArn();
        targetGroups.values().stream().filter(t -> loadBalancersUsing(t.targetGroupArn()).contains(lb)).forEach(found::add);
      } else if (r.hasTargetGroupArns()) {
        r.targetGroupArns().forEach(arn -> found.add(targetGroup(arn)));
      } else if (r.hasNames()) {
        for (String name : r.names()) {
          if (!targetGroupByName.containsKey(name)) {
            throw errors.error("TargetGroupNotFound", "Target groups '[" + name + "]' not found");
          }
          found.add(targetGroups.get(targetGroupByName.get(name)));
        }
      } else {
        found.addAll(targetGroups.values());
      }
      Pages.Page<TargetGroup> page = Pages.of(found, r.marker(), r.pageSize(), 400, errors, "PageSize");
      return DescribeTargetGroupsResponse.builder()
          .targetGroups(page.items.stream().map(this::view).collect(Collectors.toList()))
          .nextMarker(page.nextOrNull())
          .build();
    });
  }

  @Override
  public DescribeTargetGroupAttributesResponse describeTargetGroupAttributes(DescribeTargetGroupAttributesRequest r) {
    return call("DescribeTargetGroupAttributes", r, () -> {
      TargetGroup tg = targetGroup(r.targetGroupArn());
      return DescribeTargetGroupAttributesResponse.builder().attributes(tgAttributes(tg.targetGroupArn())).build();
    });
  }

  @Override
  public ModifyTargetGroupAttributesResponse modifyTargetGroupAttributes(ModifyTargetGroupAttributesRequest r) {
    return call("ModifyTargetGroupAttributes", r, () -> {
      TargetGroup tg = targetGroup(r.targetGroupArn());
      Map<String, String> changes = new LinkedHashMap<>();
      r.attributes().forEach(a -> changes.put(a.key(), a.value()));
      ElbAttributes.modify(attributes.get(tg.targetGroupArn()), changes, r.attributes().size(), "target group");
      return ModifyTargetGroupAttributesResponse.builder().attributes(tgAttributes(tg.targetGroupArn())).build();
    });
  }

  @Override
  public RegisterTargetsResponse registerTargets(RegisterTargetsRequest r) {
    return call("RegisterTargets", r, () -> {
      TargetGroup tg = targetGroup(r.targetGroupArn());
      targets.register(tg.targetGroupArn(), resolved(tg, r.targets(), true), ctx.quotas.targetsPerTargetGroup());
      return RegisterTargetsResponse.builder().build();
    });
  }

  @Override
  public DeregisterTargetsResponse deregisterTargets(DeregisterTargetsRequest r) {
    return call("DeregisterTargets", r, () -> {
      TargetGroup tg = targetGroup(r.targetGroupArn());
      String delay = attributes.get(tg.targetGroupArn()).getOrDefault("deregistration_delay.timeout_seconds", "0");
      targets.deregister(tg.targetGroupArn(), resolved(tg, r.targets(), false), Duration.ofSeconds(Long.parseLong(delay)), ctx.clock.instant());
      return DeregisterTargetsResponse.builder().build();
    });
  }

  @Override
  public DescribeTargetHealthResponse describeTargetHealth(DescribeTargetHealthRequest r) {
    return call("DescribeTargetHealth", r, () -> {
      TargetGroup tg = targetGroup(r.targetGroupArn());
      List<TargetDescription> which = r.hasTargets() ? resolved(tg, r.targets(), false) : List.of();
      return DescribeTargetHealthResponse.builder()
          .targetHealthDescriptions(targets.health(tg.targetGroupArn(), which, inUse(tg.targetGroupArn()),
              tg.healthCheckPort(), ctx.healthyAfterDescribes, ctx.clock.instant()))
          .build();
    });
  }

  // ---------------------------------------------------------------- listeners

  @Override
  public CreateListenerResponse createListener(CreateListenerRequest r) {
    return call("CreateListener", r, () -> {
      LoadBalancer lb = loadBalancer(r.loadBalancerArn());
      String protocol = required(r.protocolAsString(), "Protocol");
      checkProtocol(lb, protocol);
      int port = port(r.port());
      boolean secure = protocol.equals("HTTPS") || protocol.equals("TLS");
      List<Certificate> certificates = defaultCertificate(secure, r.certificates());
      String sslPolicy = secure ? or(r.sslPolicy(), SECURITY_POLICY) : null;
      if (!secure && r.sslPolicy() != null) {
        throw errors.error("InvalidConfigurationRequest", "An SSL policy applies to HTTPS and TLS listeners only");
      }
      checkSslPolicy(sslPolicy);
      List<Action> actions = ElbActions.checked(r.defaultActions(), protocol, ctx.quotas);
      Listener.Builder b = Listener.builder()
          .loadBalancerArn(lb.loadBalancerArn())
          .port(port)
          .protocol(protocol)
          .sslPolicy(sslPolicy)
          .defaultActions(actions);
      if (!certificates.isEmpty()) b.certificates(certificates);
      if (r.hasAlpnPolicy()) b.alpnPolicy(r.alpnPolicy());
      if (r.mutualAuthentication() != null) b.mutualAuthentication(r.mutualAuthentication());
      Listener onPort = listenersOf(lb.loadBalancerArn()).stream().filter(l -> l.port() == port).findFirst().orElse(null);
      if (onPort != null) {
        if (b.listenerArn(onPort.listenerArn()).build().equals(onPort)) {
          return CreateListenerResponse.builder().listeners(onPort).build();
        }
        throw errors.error("DuplicateListener", "A listener already exists on port " + port + " of load balancer '" + lb.loadBalancerArn() + "'");
      }
      if (listenersOf(lb.loadBalancerArn()).size() >= ctx.quotas.listenersPerLoadBalancer()) {
        throw errors.error("TooManyListeners", "You have reached the limit of " + ctx.quotas.listenersPerLoadBalancer() + " listeners per load balancer");
      }
      checkTargets(actions, lb.loadBalancerArn(), protocol, Optional.empty());
      Map<String, String> newTags = checkedTags(Map.of(), r.tags());
      String arn = prefix() + "listener/" + afterType(lb.loadBalancerArn(), "loadbalancer/") + "/" + ctx.hex(16);
      Listener listener = b.listenerArn(arn).build();
      listeners.put(arn, listener);
      listenersByLoadBalancer.get(lb.loadBalancerArn()).add(arn);
      rulesByListener.put(arn, new LinkedHashSet<>());
      uses(arn, List.of(), actions);
      attributes.put(arn, ElbAttributes.listenerDefaults(protocol));
      tags.put(arn, newTags);
      extraCertificates.put(arn, new LinkedHashSet<>());
      String defaultRule = prefix() + "listener-rule/" + afterType(arn, "listener/") + "/" + ctx.hex(16);
      rules.put(defaultRule, Rule.builder().ruleArn(defaultRule).priority("default").conditions(List.of()).actions(actions).isDefault(true).build());
      ruleListener.put(defaultRule, arn);
      rulesByListener.get(arn).add(defaultRule);
      tags.put(defaultRule, new LinkedHashMap<>());
      return CreateListenerResponse.builder().listeners(listener).build();
    });
  }

  @Override
  public ModifyListenerResponse modifyListener(ModifyListenerRequest r) {
    return call("ModifyListener", r, () -> {
      Listener l = listener(r.listenerArn());
      LoadBalancer lb = loadBalancers.get(l.loadBalancerArn());
      String protocol = or(r.protocolAsString(), l.protocolAsString());
      checkProtocol(lb, protocol);
      int port = r.port() == null ? l.port() : port(r.port());
      if (port != l.port() && listenersOf(lb.loadBalancerArn()).stream().anyMatch(o -> o.port() == port)) {
        throw errors.error("DuplicateListener", "A listener already exists on port " + port);
      }
      boolean secure = protocol.equals("HTTPS") || protocol.equals("TLS");
      boolean wasSecure = l.protocolAsString().equals("HTTPS") || l.protocolAsString().equals("TLS");
      List<Certificate> certificates;
      if (r.hasCertificates()) {
        certificates = defaultCertificate(secure, r.certificates());
      } else if (secure && !wasSecure) {
        throw errors.error("CertificateNotFound", "A certificate must be specified for " + protocol + " listeners");
      } else {
        certificates = secure ? l.certificates() : List.of();
      }
      String sslPolicy = secure ? or(r.sslPolicy(), wasSecure ? l.sslPolicy() : SECURITY_POLICY) : null;
      checkSslPolicy(sslPolicy);
      List<Action> actions;
      if (r.hasDefaultActions()) {
        actions = ElbActions.checked(r.defaultActions(), protocol, ctx.quotas);
      } else {
        // The stored actions were checked when set (and lost their client secret then); only the
        // listener's new protocol can make them invalid.
        actions = l.defaultActions();
        boolean authenticates = actions.stream().anyMatch(a -> a.typeAsString().startsWith("authenticate") || a.typeAsString().equals("jwt-validation"));
        if (authenticates && !protocol.equals("HTTPS")) {
          throw errors.error("InvalidLoadBalancerAction", "Authenticate actions are supported only on HTTPS listeners");
        }
      }
      checkTargets(actions, lb.loadBalancerArn(), protocol, Optional.of(l.listenerArn()));
      Listener.Builder b = l.toBuilder().port(port).protocol(protocol).sslPolicy(sslPolicy).defaultActions(actions)
          .certificates(certificates.isEmpty() ? null : certificates);
      if (r.hasAlpnPolicy()) b.alpnPolicy(r.alpnPolicy());
      if (r.mutualAuthentication() != null) b.mutualAuthentication(r.mutualAuthentication());
      Listener changed = b.build();
      listeners.put(l.listenerArn(), changed);
      uses(l.listenerArn(), l.defaultActions(), actions);
      if (!secure) {
        extraCertificates.get(l.listenerArn()).clear();
      }
      String defaultRule = defaultRuleOf(l.listenerArn());
      rules.put(defaultRule, rules.get(defaultRule).toBuilder().actions(actions).build());
      return ModifyListenerResponse.builder().listeners(changed).build();
    });
  }

  @Override
  public DeleteListenerResponse deleteListener(DeleteListenerRequest r) {
    return call("DeleteListener", r, () -> {
      removeListener(listener(r.listenerArn()).listenerArn());
      return DeleteListenerResponse.builder().build();
    });
  }

  @Override
  public DescribeListenersResponse describeListeners(DescribeListenersRequest r) {
    return call("DescribeListeners", r, () -> {
      if ((r.loadBalancerArn() != null) == r.hasListenerArns()) {
        throw errors.error("ValidationError", "Specify either a load balancer ARN or listener ARNs");
      }
      List<Listener> found = new ArrayList<>();
      if (r.loadBalancerArn() != null) {
        found.addAll(listenersOf(loadBalancer(r.loadBalancerArn()).loadBalancerArn()));
      } else {
        r.listenerArns().forEach(arn -> found.add(listener(arn)));
      }
      Pages.Page<Listener> page = Pages.of(found, r.marker(), r.pageSize(), 400, errors, "PageSize");
      return DescribeListenersResponse.builder().listeners(page.items).nextMarker(page.nextOrNull()).build();
    });
  }

  @Override
  public AddListenerCertificatesResponse addListenerCertificates(AddListenerCertificatesRequest r) {
    return call("AddListenerCertificates", r, () -> {
      Listener l = listener(r.listenerArn());
      if (!r.hasCertificates() || r.certificates().size() != 1) {
        throw errors.error("ValidationError", "Specify one certificate per call");
      }
      if (l.certificates().isEmpty()) {
        throw errors.error("InvalidConfigurationRequest", "Certificates can be added to HTTPS and TLS listeners only");
      }
      String cert = r.certificates().get(0).certificateArn();
      checkCertificateArn(cert);
      Set<String> extra = extraCertificates.get(l.listenerArn());
      if (!extra.contains(cert) && !cert.equals(l.certificates().get(0).certificateArn())) {
        int onLb = listenersOf(l.loadBalancerArn()).stream().mapToInt(o -> extraCertificates.get(o.listenerArn()).size()).sum();
        if (onLb >= ctx.quotas.certificatesPerLoadBalancer()) {
          throw errors.error("TooManyCertificates", "You have reached the limit of " + ctx.quotas.certificatesPerLoadBalancer() + " certificates per load balancer");
        }
        extra.add(cert);
      }
      return AddListenerCertificatesResponse.builder()
          .certificates(Certificate.builder().certificateArn(cert).isDefault(false).build())
          .build();
    });
  }

  @Override
  public RemoveListenerCertificatesResponse removeListenerCertificates(RemoveListenerCertificatesRequest r) {
    return call("RemoveListenerCertificates", r, () -> {
      Listener l = listener(r.listenerArn());
      for (Certificate c : r.certificates()) {
        if (!l.certificates().isEmpty() && l.certificates().get(0).certificateArn().equals(c.certificateArn())) {
          throw errors.error("OperationNotPermitted", "The default certificate of a listener cannot be removed; replace it with ModifyListener");
        }
      }
      r.certificates().forEach(c -> extraCertificates.get(l.listenerArn()).remove(c.certificateArn()));
      return RemoveListenerCertificatesResponse.builder().build();
    });
  }

  @Override
  public DescribeListenerCertificatesResponse describeListenerCertificates(DescribeListenerCertificatesRequest r) {
    return call("DescribeListenerCertificates", r, () -> {
      Listener l = listener(r.listenerArn());
      List<Certificate> all = new ArrayList<>();
      l.certificates().forEach(c -> all.add(Certificate.builder().certificateArn(c.certificateArn()).isDefault(true).build()));
      extraCertificates.get(l.listenerArn()).forEach(c -> all.add(Certificate.builder().certificateArn(c).isDefault(false).build()));
      Pages.Page<Certificate> page = Pages.of(all, r.marker(), r.pageSize(), 400, errors, "PageSize");
      return DescribeListenerCertificatesResponse.builder().certificates(page.items).nextMarker(page.nextOrNull()).build();
    });
  }

  @Override
  public DescribeListenerAttributesResponse describeListenerAttributes(DescribeListenerAttributesRequest r) {
    return call("DescribeListenerAttributes", r, () -> {
      Listener l = listener(r.listenerArn());
      return DescribeListenerAttributesResponse.builder().attributes(listenerAttributes(l.listenerArn())).build();
    });
  }

  @Override
  public ModifyListenerAttributesResponse modifyListenerAttributes(ModifyListenerAttributesRequest r) {
    return call("ModifyListenerAttributes", r, () -> {
      Listener l = listener(r.listenerArn());
      Map<String, String> changes = new LinkedHashMap<>();
      r.attributes().forEach(a -> changes.put(a.key(), a.value()));
      ElbAttributes.modify(attributes.get(l.listenerArn()), changes, r.attributes().size(), "listener");
      return ModifyListenerAttributesResponse.builder().attributes(listenerAttributes(l.listenerArn())).build();
    });
  }

  // ---------------------------------------------------------------- rules

  @Override
  public CreateRuleResponse createRule(CreateRuleRequest r) {
    return call("CreateRule", r, () -> {
      Listener l = listener(r.listenerArn());
      int priority = priority(r.priority());
      List<RuleCondition> conditions = ElbConditions.checked(r.conditions(), ctx.quotas);
      List<Action> actions = ElbActions.checked(r.actions(), l.protocolAsString(), ctx.quotas);
      List<RuleTransform> transforms = ElbConditions.checkedTransforms(r.transforms());
      if (rulesOf(l.listenerArn()).stream().anyMatch(x -> String.valueOf(priority).equals(x.priority()))) {
        throw errors.error("PriorityInUse", "Priority '" + priority + "' is currently in use");
      }
      long onLb = listenersOf(l.loadBalancerArn()).stream()
          .flatMap(o -> rulesOf(o.listenerArn()).stream()).filter(x -> !x.isDefault()).count();
      if (onLb >= ctx.quotas.rulesPerLoadBalancer()) {
        throw errors.error("TooManyRules", "You have reached the limit of " + ctx.quotas.rulesPerLoadBalancer() + " rules per load balancer");
      }
      checkTargets(actions, l.loadBalancerArn(), l.protocolAsString(), Optional.empty());
      Map<String, String> newTags = checkedTags(Map.of(), r.tags());
      String arn = prefix() + "listener-rule/" + afterType(l.listenerArn(), "listener/") + "/" + ctx.hex(16);
      Rule.Builder b = Rule.builder().ruleArn(arn).priority(String.valueOf(priority)).conditions(conditions).actions(actions).isDefault(false);
      if (!transforms.isEmpty()) b.transforms(transforms);
      Rule rule = b.build();
      rules.put(arn, rule);
      ruleListener.put(arn, l.listenerArn());
      rulesByListener.get(l.listenerArn()).add(arn);
      uses(arn, List.of(), actions);
      tags.put(arn, newTags);
      return CreateRuleResponse.builder().rules(rule).build();
    });
  }

  @Override
  public ModifyRuleResponse modifyRule(ModifyRuleRequest r) {
    return call("ModifyRule", r, () -> {
      Rule rule = rule(r.ruleArn());
      Listener l = listeners.get(ruleListener.get(rule.ruleArn()));
      if (r.hasTransforms() && Boolean.TRUE.equals(r.resetTransforms())) {
        throw errors.error("ValidationError", "Specify either Transforms or ResetTransforms, not both");
      }
      if (rule.isDefault() && (r.hasConditions() || r.hasTransforms())) {
        throw errors.error("OperationNotPermitted", "The default rule cannot have conditions or transforms");
      }
      Rule.Builder b = rule.toBuilder();
      if (r.hasConditions()) b.conditions(ElbConditions.checked(r.conditions(), ctx.quotas));
      List<Action> actions = rule.actions();
      if (r.hasActions()) {
        actions = ElbActions.checked(r.actions(), l.protocolAsString(), ctx.quotas);
        checkTargets(actions, l.loadBalancerArn(), l.protocolAsString(), Optional.of(rule.ruleArn()));
        b.actions(actions);
      }
      if (r.hasTransforms()) {
        List<RuleTransform> transforms = ElbConditions.checkedTransforms(r.transforms());
        b.transforms(transforms.isEmpty() ? null : transforms);
      } else if (Boolean.TRUE.equals(r.resetTransforms())) {
        b.transforms((List<RuleTransform>) null);
      }
      Rule changed = b.build();
      rules.put(rule.ruleArn(), changed);
      // A listener's default actions are used in its name, not its default rule's.
      uses(rule.isDefault() ? l.listenerArn() : rule.ruleArn(), rule.actions(), changed.actions());
      if (rule.isDefault()) {
        listeners.put(l.listenerArn(), l.toBuilder().defaultActions(actions).build());
      }
      return ModifyRuleResponse.builder().rules(changed).build();
    });
  }

  @Override
  public DeleteRuleResponse deleteRule(DeleteRuleRequest r) {
    return call("DeleteRule", r, () -> {
      Rule rule = rule(r.ruleArn());
      if (rule.isDefault()) {
        throw errors.error("OperationNotPermitted", "The default rule of a listener cannot be deleted");
      }
      rulesByListener.get(ruleListener.get(rule.ruleArn())).remove(rule.ruleArn());
      uses(rule.ruleArn(), rule.actions(), List.of());
      rules.remove(rule.ruleArn());
      ruleListener.remove(rule.ruleArn());
      tags.remove(rule.ruleArn());
      return DeleteRuleResponse.builder().build();
    });
  }

  @Override
  public DescribeRulesResponse describeRules(DescribeRulesRequest r) {
    return call("DescribeRules", r, () -> {
      if ((r.listenerArn() != null) == r.hasRuleArns()) {
        throw errors.error("ValidationError", "Specify either a listener ARN or rule ARNs");
      }
      List<Rule> found = new ArrayList<>();
      if (r.listenerArn() != null) {
        found.addAll(rulesOf(listener(r.listenerArn()).listenerArn()));
      } else {
        r.ruleArns().forEach(arn -> found.add(rule(arn)));
      }
      Pages.Page<Rule> page = Pages.of(found, r.marker(), r.pageSize(), 400, errors, "PageSize");
      return DescribeRulesResponse.builder().rules(page.items).nextMarker(page.nextOrNull()).build();
    });
  }

  @Override
  public SetRulePrioritiesResponse setRulePriorities(SetRulePrioritiesRequest r) {
    return call("SetRulePriorities", r, () -> {
      Map<String, Integer> moves = new LinkedHashMap<>();
      for (RulePriorityPair p : r.rulePriorities()) {
        Rule rule = rule(p.ruleArn());
        if (rule.isDefault()) {
          throw errors.error("OperationNotPermitted", "The priority of the default rule cannot be changed");
        }
        if (moves.put(rule.ruleArn(), priority(p.priority())) != null) {
          throw errors.error("ValidationError", "Rule '" + rule.ruleArn() + "' is listed twice");
        }
      }
      // New priorities may collide neither with each other nor with the rules not listed (§8.2).
      Map<String, Set<Integer>> taken = new HashMap<>();
      for (Map.Entry<String, Integer> move : moves.entrySet()) {
        String listener = ruleListener.get(move.getKey());
        Set<Integer> used = taken.computeIfAbsent(listener, k -> rulesOf(k).stream()
            .filter(x -> !x.isDefault() && !moves.containsKey(x.ruleArn()))
            .map(x -> Integer.parseInt(x.priority())).collect(Collectors.toCollection(HashSet::new)));
        if (!used.add(move.getValue())) {
          throw errors.error("PriorityInUse", "Priority '" + move.getValue() + "' is currently in use");
        }
      }
      List<Rule> changed = new ArrayList<>();
      moves.forEach((arn, priority) -> {
        Rule moved = rules.get(arn).toBuilder().priority(String.valueOf(priority)).build();
        rules.put(arn, moved);
        changed.add(moved);
      });
      return SetRulePrioritiesResponse.builder().rules(changed).build();
    });
  }

  // ---------------------------------------------------------------- tags

  @Override
  public AddTagsResponse addTags(AddTagsRequest r) {
    return call("AddTags", r, () -> {
      Map<String, Map<String, String>> next = new LinkedHashMap<>();
      for (String arn : r.resourceArns()) {
        requireTaggable(arn);
        next.put(arn, checkedTags(tags.get(arn), r.tags()));
      }
      tags.putAll(next);
      return AddTagsResponse.builder().build();
    });
  }

  @Override
  public RemoveTagsResponse removeTags(RemoveTagsRequest r) {
    return call("RemoveTags", r, () -> {
      r.resourceArns().forEach(this::requireTaggable);
      r.resourceArns().forEach(arn -> r.tagKeys().forEach(tags.get(arn)::remove));
      return RemoveTagsResponse.builder().build();
    });
  }

  @Override
  public DescribeTagsResponse describeTags(DescribeTagsRequest r) {
    return call("DescribeTags", r, () -> {
      if (!r.hasResourceArns() || r.resourceArns().isEmpty()) {
        throw errors.error("ValidationError", "Specify at least one resource ARN");
      }
      atMost20(r.resourceArns(), "ResourceArns");
      List<TagDescription> out = new ArrayList<>();
      for (String arn : r.resourceArns()) {
        requireTaggable(arn);
        out.add(TagDescription.builder().resourceArn(arn).tags(sdkTags(tags.get(arn))).build());
      }
      return DescribeTagsResponse.builder().tagDescriptions(out).build();
    });
  }

  // ---------------------------------------------------------------- account limits

  /** The quotas of {@link ElbQuotas} under the names AWS gives them (alb-elbv2.md §3.3), paged. */
  @Override
  public DescribeAccountLimitsResponse describeAccountLimits(DescribeAccountLimitsRequest r) {
    return call("DescribeAccountLimits", r, () -> {
      ElbQuotas q = ctx.quotas;
      Map<String, Integer> limits = new LinkedHashMap<>();
      limits.put("application-load-balancers", q.loadBalancersPerRegion());
      limits.put("condition-values-per-alb-rule", q.conditionValuesPerRule());
      limits.put("condition-wildcards-per-alb-rule", q.conditionWildcardsPerRule());
      limits.put("listeners-per-application-load-balancer", q.listenersPerLoadBalancer());
      limits.put("listeners-per-network-load-balancer", q.listenersPerLoadBalancer());
      limits.put("network-load-balancers", q.loadBalancersPerRegion());
      limits.put("rules-per-application-load-balancer", q.rulesPerLoadBalancer());
      limits.put("target-groups", q.targetGroupsPerRegion());
      limits.put("target-groups-per-action-on-application-load-balancer", q.targetGroupsPerAction());
      limits.put("target-groups-per-action-on-network-load-balancer", 1);
      limits.put("target-groups-per-application-load-balancer", q.targetGroupsPerLoadBalancer());
      List<Limit> all = limits.entrySet().stream()
          .map(e -> Limit.builder().name(e.getKey()).max(String.valueOf(e.getValue())).build())
          .collect(Collectors.toList());
      Pages.Page<Limit> page = Pages.of(all, r.marker(), r.pageSize(), 400, errors, "PageSize");
      return DescribeAccountLimitsResponse.builder().limits(page.items).nextMarker(page.nextOrNull()).build();
    });
  }

  // ---------------------------------------------------------------- views for tests

  /**
   * The stored state of one load balancer as the desired-state model, so that testkit's {@code
   * AlbEvaluator.evaluate(stack, request)} tells how this load balancer routes a request. Keys are
   * the value of each resource's {@code elbgateway.io/resource} tag when it has one, its ARN
   * otherwise; the Gateway is read from the load balancer's {@code elbgateway.io/stack} tag ({@code
   * namespace/name}), or is a Gateway named after the load balancer in no namespace. The target
   * groups are those the load balancer forwards to, plus those tagged with its stack; targets are
   * the registered ones that are not draining; attributes are those that differ from AWS's
   * defaults.
   *
   * @throws software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerNotFoundException
   *     when there is no such load balancer
   */
  public ElbStack stackOf(String loadBalancerArn) {
    return ctx.gate.quietly(() -> StackView.of(this, view(loadBalancer(loadBalancerArn))));
  }

  /**
   * A plain-text map of everything stored, in a stable order: load balancers with their listeners,
   * rules (priority, conditions, actions), target groups with their targets, attributes that differ
   * from the defaults, tags, and the WAF web ACL and Shield protection of each load balancer when
   * an {@link InMemoryAws} links them. Not counted as a call.
   */
  public String describe() {
    return ctx.gate.quietly(() -> ResourceMap.of(this));
  }

  // ---------------------------------------------------------------- package-private reads (under the lock)

  void onLoadBalancerDeleted(Consumer<String> hook) {
    deletionHooks.add(hook);
  }

  /** Links the WAF association and Shield protection of load balancers, for the views. */
  void link(Function<String, Optional<String>> webAcl, Predicate<String> shield) {
    this.webAclOf = webAcl;
    this.shieldProtected = shield;
  }

  Optional<String> webAclOf(String lbArn) {
    return webAclOf.apply(lbArn);
  }

  boolean shieldProtected(String lbArn) {
    return shieldProtected.test(lbArn);
  }

  boolean hasLoadBalancer(String arn) {
    return loadBalancers.containsKey(arn);
  }

  List<LoadBalancer> loadBalancers() {
    return loadBalancers.values().stream().map(this::view).collect(Collectors.toList());
  }

  LoadBalancer viewOf(String lbArn) {
    return view(loadBalancer(lbArn));
  }

  List<Listener> listenersOf(String lbArn) {
    return listenersByLoadBalancer.getOrDefault(lbArn, Set.of()).stream().map(listeners::get)
        .sorted(Comparator.comparing(Listener::port)).collect(Collectors.toList());
  }

  /** The rules of a listener by ascending priority, the default rule last. */
  List<Rule> rulesOf(String listenerArn) {
    return rulesByListener.getOrDefault(listenerArn, Set.of()).stream().map(rules::get)
        .sorted(Comparator.comparing((Rule x) -> x.isDefault() ? Integer.MAX_VALUE : Integer.parseInt(x.priority())))
        .collect(Collectors.toList());
  }

  List<TargetGroup> targetGroups() {
    return targetGroups.values().stream().map(this::view).collect(Collectors.toList());
  }

  Set<String> extraCertificatesOf(String listenerArn) {
    return Set.copyOf(extraCertificates.getOrDefault(listenerArn, Set.of()));
  }

  Map<String, String> tagsOf(String arn) {
    return Map.copyOf(tags.getOrDefault(arn, Map.of()));
  }

  Map<String, String> tagsInOrder(String arn) {
    return new LinkedHashMap<>(tags.getOrDefault(arn, Map.of()));
  }

  Map<String, String> attributesOf(String arn) {
    return new LinkedHashMap<>(attributes.getOrDefault(arn, Map.of()));
  }

  /** The attributes of a resource that differ from the defaults it was created with. */
  Map<String, String> changedAttributesOf(String arn) {
    Map<String, String> defaults;
    if (loadBalancers.containsKey(arn)) {
      defaults = ElbAttributes.loadBalancerDefaults(loadBalancers.get(arn).typeAsString());
    } else if (targetGroups.containsKey(arn)) {
      defaults = ElbAttributes.targetGroupDefaults(targetGroups.get(arn));
    } else if (listeners.containsKey(arn)) {
      defaults = ElbAttributes.listenerDefaults(listeners.get(arn).protocolAsString());
    } else {
      return Map.of();
    }
    Map<String, String> changed = new LinkedHashMap<>();
    attributes.getOrDefault(arn, Map.of()).forEach((k, v) -> {
      if (!v.equals(defaults.get(k))) {
        changed.put(k, v);
      }
    });
    return changed;
  }

  List<TargetDescription> servingTargets(String tgArn) {
    return targets.serving(tgArn, ctx.clock.instant());
  }

  List<TargetDescription> drainingTargets(String tgArn) {
    return targets.draining(tgArn, ctx.clock.instant());
  }

  /** The load balancers whose listeners or rules forward to a target group. */
  Set<String> loadBalancersUsing(String tgArn) {
    Set<String> out = new TreeSet<>();
    for (String user : targetGroupUsers.getOrDefault(tgArn, Set.of())) {
      Listener l = listeners.containsKey(user) ? listeners.get(user) : listeners.get(ruleListener.get(user));
      out.add(l.loadBalancerArn());
    }
    return out;
  }

  /** The stored target group with {@code arn}. */
  Optional<TargetGroup> targetGroupOf(String arn) {
    return Optional.ofNullable(targetGroups.get(arn));
  }

  /** The stored load balancer with {@code arn}. */
  Optional<LoadBalancer> loadBalancerOf(String arn) {
    return Optional.ofNullable(loadBalancers.get(arn));
  }

  /** Records that {@code owner} (a listener or a rule) now forwards per {@code after}, not {@code before}. */
  private void uses(String owner, List<Action> before, List<Action> after) {
    for (String tg : ElbActions.targetGroupsOf(before)) {
      Set<String> users = targetGroupUsers.get(tg);
      if (users != null) {
        users.remove(owner);
      }
    }
    for (String tg : ElbActions.targetGroupsOf(after)) {
      targetGroupUsers.computeIfAbsent(tg, k -> new LinkedHashSet<>()).add(owner);
    }
  }


  // ---------------------------------------------------------------- helpers

  private <T> T call(String operation, SdkPojo request, Supplier<T> effect) {
    return ctx.gate.call(errors, operation, request, effect);
  }

  private String prefix() {
    return "arn:aws:elasticloadbalancing:" + ctx.region + ":" + ctx.accountId + ":";
  }

  private static String afterType(String arn, String type) {
    return arn.substring(arn.indexOf(type) + type.length());
  }

  private LoadBalancer view(LoadBalancer lb) {
    boolean active = provisioningReads.getOrDefault(lb.loadBalancerArn(), 0) >= ctx.activeAfterDescribes;
    return lb.toBuilder()
        .state(LoadBalancerState.builder().code(active ? LoadBalancerStateEnum.ACTIVE : LoadBalancerStateEnum.PROVISIONING).build())
        .build();
  }

  private TargetGroup view(TargetGroup tg) {
    return tg.toBuilder().loadBalancerArns(new ArrayList<>(loadBalancersUsing(tg.targetGroupArn()))).build();
  }

  private LoadBalancer byName(String name) {
    String arn = loadBalancerByName.get(name);
    return arn == null ? null : loadBalancers.get(arn);
  }

  private LoadBalancer loadBalancer(String arn) {
    LoadBalancer lb = arn == null ? null : loadBalancers.get(arn);
    if (lb == null) {
      throw errors.error("LoadBalancerNotFound", "Load balancer '" + arn + "' not found");
    }
    return lb;
  }

  private Listener listener(String arn) {
    Listener l = arn == null ? null : listeners.get(arn);
    if (l == null) {
      throw errors.error("ListenerNotFound", "Listener '" + arn + "' not found");
    }
    return l;
  }

  private Rule rule(String arn) {
    Rule x = arn == null ? null : rules.get(arn);
    if (x == null) {
      throw errors.error("RuleNotFound", "One or more rules not found");
    }
    return x;
  }

  private TargetGroup targetGroup(String arn) {
    TargetGroup tg = arn == null ? null : targetGroups.get(arn);
    if (tg == null) {
      throw errors.error("TargetGroupNotFound", "Target groups '" + arn + "' not found");
    }
    return tg;
  }

  private void requireTaggable(String arn) {
    if (loadBalancers.containsKey(arn) || targetGroups.containsKey(arn) || listeners.containsKey(arn) || rules.containsKey(arn)) {
      return;
    }
    String resource = arn == null ? "" : arn.substring(arn.lastIndexOf(':') + 1);
    if (resource.startsWith("loadbalancer/")) throw errors.error("LoadBalancerNotFound", "Load balancer '" + arn + "' not found");
    if (resource.startsWith("targetgroup/")) throw errors.error("TargetGroupNotFound", "Target group '" + arn + "' not found");
    if (resource.startsWith("listener/")) throw errors.error("ListenerNotFound", "Listener '" + arn + "' not found");
    if (resource.startsWith("listener-rule/")) throw errors.error("RuleNotFound", "Rule '" + arn + "' not found");
    throw errors.error("ValidationError", "'" + arn + "' is not a valid ELBv2 resource ARN");
  }

  private void removeListener(String arn) {
    Listener listener = listeners.get(arn);
    for (Rule x : rulesOf(arn)) {
      if (!x.isDefault()) {
        uses(x.ruleArn(), x.actions(), List.of());
      }
      rules.remove(x.ruleArn());
      ruleListener.remove(x.ruleArn());
      tags.remove(x.ruleArn());
    }
    uses(arn, listener.defaultActions(), List.of());
    rulesByListener.remove(arn);
    listenersByLoadBalancer.get(listener.loadBalancerArn()).remove(arn);
    listeners.remove(arn);
    attributes.remove(arn);
    tags.remove(arn);
    extraCertificates.remove(arn);
  }

  private String defaultRuleOf(String listenerArn) {
    return rulesOf(listenerArn).stream().filter(Rule::isDefault).findFirst().orElseThrow().ruleArn();
  }

  private boolean inUse(String tgArn) {
    return !loadBalancersUsing(tgArn).isEmpty();
  }

  /**
   * The target groups of {@code actions} exist, fit the listener's protocol, are used by no other
   * load balancer, and the load balancer stays within its distinct target groups;
   * {@code replacing} is the listener or rule whose actions these replace.
   */
  private void checkTargets(List<Action> actions, String lbArn, String protocol, Optional<String> replacing) {
    Set<String> used = ElbActions.targetGroupsOf(actions);
    for (String arn : used) {
      TargetGroup tg = targetGroups.get(arn);
      if (tg == null) {
        throw errors.error("TargetGroupNotFound", "Target group '" + arn + "' not found");
      }
      boolean lambda = "lambda".equals(tg.targetTypeAsString());
      boolean fits = ALB_PROTOCOLS.contains(protocol)
          ? lambda || ALB_PROTOCOLS.contains(tg.protocolAsString())
          : NLB_PROTOCOLS.contains(tg.protocolAsString());
      if (!fits) {
        throw errors.error("IncompatibleProtocols", "The protocol of target group '" + arn + "' (" + tg.protocolAsString() + ") is not compatible with a " + protocol + " listener");
      }
      Set<String> others = new TreeSet<>(loadBalancersUsing(arn));
      others.remove(lbArn);
      if (!others.isEmpty()) {
        throw errors.error("TargetGroupAssociationLimit", "The following target groups cannot be associated with more than one load balancer: " + arn);
      }
    }
    Set<String> distinct = new HashSet<>(used);
    for (Listener l : listenersOf(lbArn)) {
      if (!replacing.equals(Optional.of(l.listenerArn()))) {
        distinct.addAll(ElbActions.targetGroupsOf(l.defaultActions()));
      }
      for (Rule x : rulesOf(l.listenerArn())) {
        if (!x.isDefault() && !replacing.equals(Optional.of(x.ruleArn()))) {
          distinct.addAll(ElbActions.targetGroupsOf(x.actions()));
        }
      }
    }
    if (distinct.size() > ctx.quotas.targetGroupsPerLoadBalancer()) {
      throw errors.error("TooManyUniqueTargetGroupsPerLoadBalancer", "You have reached the limit of " + ctx.quotas.targetGroupsPerLoadBalancer() + " target groups per load balancer");
    }
  }

  private void checkProtocol(LoadBalancer lb, String protocol) {
    Set<String> allowed = lb.typeAsString().equals("application") ? ALB_PROTOCOLS : NLB_PROTOCOLS;
    if (!allowed.contains(protocol)) {
      throw errors.error("UnsupportedProtocol", "Protocol '" + protocol + "' is not supported by a " + lb.typeAsString() + " load balancer");
    }
  }

  private List<Certificate> defaultCertificate(boolean secure, List<Certificate> given) {
    if (!secure) {
      if (!given.isEmpty()) {
        throw errors.error("InvalidConfigurationRequest", "Certificates apply to HTTPS and TLS listeners only");
      }
      return List.of();
    }
    if (given.isEmpty()) {
      throw errors.error("CertificateNotFound", "A certificate must be specified for HTTPS and TLS listeners");
    }
    if (given.size() > 1) {
      throw errors.error("ValidationError", "Specify exactly one default certificate; add others with AddListenerCertificates");
    }
    checkCertificateArn(given.get(0).certificateArn());
    // AWS lists the default certificate in Listener.Certificates by ARN only.
    return List.of(Certificate.builder().certificateArn(given.get(0).certificateArn()).build());
  }

  private void checkCertificateArn(String arn) {
    if (arn == null || !(arn.startsWith("arn:aws:acm:") || arn.startsWith("arn:aws:iam:"))) {
      throw errors.error("CertificateNotFound", "Certificate '" + arn + "' not found");
    }
  }

  private void checkSslPolicy(String policy) {
    if (policy != null && !policy.startsWith("ELBSecurityPolicy-")) {
      throw errors.error("SSLPolicyNotFound", "SSL policy '" + policy + "' not found");
    }
  }

  private TargetGroup newTargetGroup(CreateTargetGroupRequest r, String arn) {
    String type = or(r.targetTypeAsString(), "instance");
    boolean lambda = type.equals("lambda");
    String protocol = r.protocolAsString();
    if (!lambda && (protocol == null || r.port() == null)) {
      throw errors.error("ValidationError", "A protocol and a port are required for target type '" + type + "'");
    }
    if (!lambda && r.vpcId() == null) {
      throw errors.error("ValidationError", "A VPC ID is required for target type '" + type + "'");
    }
    if (lambda && (protocol != null || r.port() != null || r.vpcId() != null)) {
      throw errors.error("ValidationError", "A lambda target group takes no protocol, port or VPC");
    }
    if (protocol != null && !ALB_PROTOCOLS.contains(protocol) && !NLB_PROTOCOLS.contains(protocol)) {
      throw errors.error("ValidationError", "Protocol '" + protocol + "' is not valid for a target group");
    }
    if (r.port() != null) {
      port(r.port());
    }
    boolean http = protocol != null && ALB_PROTOCOLS.contains(protocol);
    String version = http ? or(r.protocolVersion(), "HTTP1").toUpperCase(java.util.Locale.ROOT) : null;
    if (!http && r.protocolVersion() != null) {
      throw errors.error("ValidationError", "A protocol version applies to HTTP and HTTPS target groups only");
    }
    boolean grpc = "GRPC".equals(version);
    String hcProtocol = r.healthCheckProtocolAsString() != null ? r.healthCheckProtocolAsString() : lambda ? null : http ? "HTTP" : "TCP";
    boolean hcHttp = "HTTP".equals(hcProtocol) || "HTTPS".equals(hcProtocol) || lambda;
    TargetGroup tg = TargetGroup.builder()
        .targetGroupArn(arn)
        .targetGroupName(r.name())
        .protocol(protocol)
        .port(r.port())
        .vpcId(r.vpcId())
        .healthCheckProtocol(hcProtocol)
        .healthCheckPort(lambda ? null : or(r.healthCheckPort(), "traffic-port"))
        .healthCheckEnabled(r.healthCheckEnabled() != null ? r.healthCheckEnabled() : !lambda)
        .healthCheckIntervalSeconds(orInt(r.healthCheckIntervalSeconds(), lambda ? 35 : 30))
        .healthCheckTimeoutSeconds(orInt(r.healthCheckTimeoutSeconds(), lambda ? 30 : "HTTP".equals(hcProtocol) ? 6 : 10))
        .healthyThresholdCount(orInt(r.healthyThresholdCount(), 5))
        .unhealthyThresholdCount(orInt(r.unhealthyThresholdCount(), lambda ? 5 : 2))
        .healthCheckPath(hcHttp ? or(r.healthCheckPath(), grpc ? "/AWS.ALB/healthcheck" : "/") : null)
        .matcher(r.matcher() != null ? r.matcher() : !hcHttp ? null
            : grpc ? Matcher.builder().grpcCode("12").build()
            : Matcher.builder().httpCode(http || lambda ? "200" : "200-399").build())
        .targetType(type)
        .protocolVersion(version)
        .ipAddressType(lambda ? null : or(r.ipAddressTypeAsString(), "ipv4"))
        .targetControlPort(r.targetControlPort())
        .build();
    checkHealthCheck(tg);
    return tg;
  }

  private void checkHealthCheck(TargetGroup tg) {
    between(tg.healthCheckIntervalSeconds(), 5, 300, "HealthCheckIntervalSeconds");
    between(tg.healthCheckTimeoutSeconds(), 2, 120, "HealthCheckTimeoutSeconds");
    between(tg.healthyThresholdCount(), 2, 10, "HealthyThresholdCount");
    between(tg.unhealthyThresholdCount(), 2, 10, "UnhealthyThresholdCount");
    if (tg.healthCheckTimeoutSeconds() >= tg.healthCheckIntervalSeconds()) {
      throw errors.error("InvalidConfigurationRequest", "Health check timeout must be smaller than the interval");
    }
  }

  private void between(Integer value, int min, int max, String field) {
    if (value != null && (value < min || value > max)) {
      throw errors.error("ValidationError", field + " must be between " + min + " and " + max + " (was " + value + ")");
    }
  }

  /** Targets with their port filled from the group's (a lambda group's targets have none). */
  private List<TargetDescription> resolved(TargetGroup tg, List<TargetDescription> given, boolean registering) {
    if (registering && given.isEmpty()) {
      throw errors.error("ValidationError", "Specify at least one target");
    }
    List<TargetDescription> out = new ArrayList<>();
    for (TargetDescription t : given) {
      if (t.id() == null || t.id().isEmpty()) {
        throw errors.error("ValidationError", "A target needs an Id");
      }
      Integer port = t.port() != null ? t.port() : tg.port();
      if (registering) {
        if (port == null && !"lambda".equals(tg.targetTypeAsString())) {
          throw errors.error("InvalidTarget", "A port is required for target '" + t.id() + "'");
        }
        if ("instance".equals(tg.targetTypeAsString()) && !t.id().startsWith("i-")) {
          throw errors.error("InvalidTarget", "The following targets are not valid instances: '" + t.id() + "'");
        }
        if ("ip".equals(tg.targetTypeAsString()) && !t.id().matches("[0-9.]+|[0-9a-fA-F:]+")) {
          throw errors.error("InvalidTarget", "The IP address '" + t.id() + "' is not valid");
        }
      }
      out.add(t.toBuilder().port(port).build());
    }
    return out;
  }

  private List<String> subnets(List<String> subnets, List<SubnetMapping> mappings, String type) {
    if (!subnets.isEmpty() && !mappings.isEmpty()) {
      throw errors.error("ValidationError", "Specify either Subnets or SubnetMappings, not both");
    }
    List<String> ids = !mappings.isEmpty()
        ? mappings.stream().map(SubnetMapping::subnetId).collect(Collectors.toList())
        : new ArrayList<>(subnets);
    if (ids.isEmpty() || ids.stream().anyMatch(Objects::isNull)) {
      throw errors.error("ValidationError", "At least one subnet must be specified");
    }
    if (new HashSet<>(ids).size() != ids.size()) {
      throw errors.error("InvalidConfigurationRequest", "A subnet can be specified only once");
    }
    if (type.equals("application") && ids.size() < 2) {
      throw errors.error("InvalidConfigurationRequest", "At least two subnets in two different Availability Zones must be specified");
    }
    return ids;
  }

  private List<AvailabilityZone> zones(List<String> subnets) {
    return subnets.stream()
        .map(s -> AvailabilityZone.builder().zoneName(ctx.zoneOf(s)).subnetId(s).build())
        .collect(Collectors.toList());
  }

  private static List<String> subnetsOf(LoadBalancer lb) {
    return lb.availabilityZones().stream().map(AvailabilityZone::subnetId).collect(Collectors.toList());
  }

  private Map<String, String> checkedTags(Map<String, String> current, List<Tag> adding) {
    Set<String> keys = new HashSet<>();
    Map<String, String> next = new LinkedHashMap<>(current);
    for (Tag t : adding) {
      if (t.key() == null || t.key().isEmpty() || t.key().length() > 128) {
        throw errors.error("ValidationError", "A tag key must have 1 to 128 characters");
      }
      if (t.key().startsWith("aws:")) {
        throw errors.error("ValidationError", "Tag keys starting with 'aws:' are reserved");
      }
      if (!keys.add(t.key())) {
        throw errors.error("DuplicateTagKeys", "Tag key '" + t.key() + "' is duplicated");
      }
      next.put(t.key(), t.value() == null ? "" : t.value());
    }
    long user = next.keySet().stream().filter(k -> !k.startsWith("aws:")).count();
    if (user > ctx.quotas.tagsPerResource()) {
      throw errors.error("TooManyTags", "A resource can have at most " + ctx.quotas.tagsPerResource() + " tags");
    }
    return next;
  }

  private static List<Tag> sdkTags(Map<String, String> tags) {
    return tags.entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).collect(Collectors.toList());
  }

  private List<LoadBalancerAttribute> lbAttributes(String arn) {
    return attributes.get(arn).entrySet().stream()
        .map(e -> LoadBalancerAttribute.builder().key(e.getKey()).value(e.getValue()).build()).collect(Collectors.toList());
  }

  private List<TargetGroupAttribute> tgAttributes(String arn) {
    return attributes.get(arn).entrySet().stream()
        .map(e -> TargetGroupAttribute.builder().key(e.getKey()).value(e.getValue()).build()).collect(Collectors.toList());
  }

  private List<ListenerAttribute> listenerAttributes(String arn) {
    return attributes.get(arn).entrySet().stream()
        .map(e -> ListenerAttribute.builder().key(e.getKey()).value(e.getValue()).build()).collect(Collectors.toList());
  }

  private void atMost20(List<String> arns, String field) {
    if (arns.size() > 20) {
      throw errors.error("ValidationError", "1 validation error detected: Value at '" + field + "' failed to satisfy constraint: Member must have length less than or equal to 20");
    }
  }

  private int priority(Integer priority) {
    if (priority == null || priority < 1 || priority > 50000) {
      throw errors.error("ValidationError", "Priority must be between 1 and 50000 (was " + priority + ")");
    }
    return priority;
  }

  private int port(Integer port) {
    if (port == null || port < 1 || port > 65535) {
      throw errors.error("ValidationError", "Port must be between 1 and 65535 (was " + port + ")");
    }
    return port;
  }

  private String required(String value, String field) {
    if (value == null || value.isEmpty()) {
      throw errors.error("ValidationError", field + " is required");
    }
    return value;
  }

  private static String or(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static Integer orInt(Integer value, int fallback) {
    return value == null ? fallback : value;
  }
}
