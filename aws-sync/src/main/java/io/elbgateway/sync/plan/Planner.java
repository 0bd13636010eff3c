/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.plan;

import io.elbgateway.model.elb.Certificate;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.Listener;
import io.elbgateway.model.elb.LoadBalancer;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.SubnetMapping;
import io.elbgateway.model.elb.TargetDescription;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.sync.aws.OwnershipTags;
import io.elbgateway.sync.aws.SdkNormalizer;
import io.elbgateway.sync.aws.SdkText;
import io.elbgateway.sync.observe.Inventory;
import io.elbgateway.sync.observe.ObservedListener;
import io.elbgateway.sync.observe.ObservedLoadBalancer;
import io.elbgateway.sync.observe.ObservedStack;
import io.elbgateway.sync.observe.ObservedTargetGroup;
import io.elbgateway.sync.resolve.CertificateCatalog;
import io.elbgateway.sync.resolve.NetworkResolver;
import io.elbgateway.sync.resolve.ResolutionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AvailabilityZone;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthStateEnum;

/**
 * Computes the {@link Plan} for one stack from what is desired and what AWS has. Pure: it reads
 * nothing but its arguments (the {@link NetworkResolver} and {@link CertificateCatalog} it was given
 * answer from what the caller already knows).
 *
 * <p>Ownership is a hard line here: only resources whose ownership tags name this cluster and stack
 * appear in an {@link ObservedStack}; a listener or rule without them on an owned load balancer is
 * never modified or deleted, and a load balancer or listener that carries such a foreign resource is
 * not deleted either (deleting it would delete the foreign resource with it). Each such case is a
 * {@link PlanProblem}.
 */
public final class Planner {

  /** ELBv2's default deregistration delay: how long a drained target group waits by default. */
  static final Duration DEFAULT_DRAIN = Duration.ofSeconds(300);

  private final NetworkResolver network;
  private final Optional<CertificateCatalog> certificates;
  private final boolean webAclClient;
  private final boolean shieldClient;

  /**
   * A planner.
   *
   * @param certificates the issued ACM certificates, when an ACM client is given
   * @param webAclClient whether a WAFv2 client is given
   * @param shieldClient whether a Shield client is given
   */
  public Planner(
      NetworkResolver network,
      Optional<CertificateCatalog> certificates,
      boolean webAclClient,
      boolean shieldClient) {
    this.network = network;
    this.certificates = certificates;
    this.webAclClient = webAclClient;
    this.shieldClient = shieldClient;
  }

  /** The plan that deletes everything the stack owns, in reverse order of creation. */
  public Plan planDeletion(ObservedStack observed) {
    List<Change> changes = new ArrayList<>();
    List<PlanProblem> problems = new ArrayList<>();
    Set<String> kept = new HashSet<>();
    for (ObservedLoadBalancer lb : observed.loadBalancers()) {
      if (deletable(lb, problems)) {
        changes.add(deleteLoadBalancer(lb, "its Gateway is gone"));
      } else {
        kept.add(lb.arn());
      }
    }
    for (ObservedTargetGroup tg : observed.targetGroups()) {
      if (tg.targetGroup().loadBalancerArns().stream().anyMatch(kept::contains)) {
        problems.add(PlanProblem.of(tg.name(), "kept: its load balancer cannot be deleted"));
        continue;
      }
      changes.add(deleteTargetGroup(tg));
    }
    return Plan.builder().stack(observed.stack()).deletion(true).changes(changes).problems(problems).build();
  }

  /** The plan that makes the stack in AWS what {@code desired} says. */
  public Plan plan(ElbStack desired, ObservedStack observed, Inventory inventory) {
    List<Change> changes = new ArrayList<>();
    List<PlanProblem> problems = new ArrayList<>();
    ImmutablePlan.Builder plan = Plan.builder().stack(observed.stack());
    LoadBalancer want = desired.loadBalancer();

    // 1. The load balancer: replaced (deleted first, since the new one takes the same name and its
    // target groups) only when its type or scheme changes.
    Optional<ObservedLoadBalancer> current = Optional.empty();
    for (ObservedLoadBalancer lb : observed.loadBalancers()) {
      boolean sameName = lb.loadBalancer().loadBalancerName().equals(want.name());
      boolean sameKind =
          lb.loadBalancer().typeAsString().equals(want.type().toString())
              && lb.loadBalancer().schemeAsString().equals(want.scheme().toString());
      if (sameName && sameKind) {
        current = Optional.of(lb);
        continue;
      }
      if (!deletable(lb, problems)) {
        return plan.changes(changes).problems(problems).build();
      }
      String why =
          sameName
              ? "replaced: " + lb.loadBalancer().typeAsString() + "/" + lb.loadBalancer().schemeAsString()
                  + " becomes " + want.type() + "/" + want.scheme()
              : "replaced by " + want.name();
      changes.add(deleteLoadBalancer(lb, why));
    }
    LoadBalancer resolved;
    try {
      resolved =
          LoadBalancer.builder()
              .from(want)
              .subnetMappings(network.subnets(want))
              .subnetSelector(Map.of())
              .securityGroups(network.securityGroups(want))
              .build();
    } catch (ResolutionException unresolved) {
      problems.add(PlanProblem.of(want.key(), unresolved.getMessage()));
      if (current.isEmpty()) {
        return plan.changes(changes).problems(problems).build();
      }
      resolved = want;
    }
    if (current.isEmpty()) {
      var taken = inventory.loadBalancersByName().get(want.name());
      if (taken != null && changes.stream().noneMatch(c -> taken.loadBalancerArn().equals(c.arn().orElse("")))) {
        problems.add(
            PlanProblem.of(
                want.key(),
                "the name " + want.name() + " is taken by load balancer " + taken.loadBalancerArn()
                    + ", which elbgateway does not own; delete it or give the Gateway another name"));
        return plan.changes(changes).problems(problems).build();
      }
      changes.add(
          Change.builder()
              .operation(Operation.CREATE_LOAD_BALANCER)
              .key(want.key())
              .summary(want.name() + ", " + want.type() + ", " + want.scheme())
              .addField(FieldChange.of("Subnets", "", resolved.subnetMappings().stream().map(SubnetMapping::subnet).collect(Collectors.joining(", "))))
              .loadBalancer(resolved)
              .build());
      attributeChange(Operation.MODIFY_LOAD_BALANCER_ATTRIBUTES, want.key(), Optional.empty(), want.attributes(), Map.of())
          .ifPresent(changes::add);
      capacityChange(resolved, Optional.empty(), Optional.empty()).ifPresent(changes::add);
    } else {
      planLoadBalancerUpdate(resolved, current.get(), changes);
    }

    // 2. Target groups, before anything uses them.
    TargetGroupRefs refs = new TargetGroupRefs(desired, observed, inventory);
    Map<String, ObservedTargetGroup> observedGroups = new LinkedHashMap<>();
    observed.targetGroups().forEach(tg -> observedGroups.put(tg.name(), tg));
    Optional<Duration> recheck = Optional.empty();
    for (TargetGroup tg : desired.targetGroups()) {
      ObservedTargetGroup have = observedGroups.get(tg.name());
      if (have == null) {
        if (inventory.targetGroupNamed(tg.name()).isPresent()) {
          problems.add(
              PlanProblem.of(
                  tg.key(),
                  "the name " + tg.name() + " is taken by a target group elbgateway does not own; delete it or set another targetGroupName"));
          refs.block(tg.name());
          continue;
        }
        changes.add(
            Change.builder()
                .operation(Operation.CREATE_TARGET_GROUP)
                .key(tg.key())
                .summary(tg.name() + ", " + tg.protocol().map(Object::toString).orElse("lambda")
                    + tg.port().map(p -> ":" + p).orElse("") + ", " + tg.targetType())
                .targetGroup(tg)
                .build());
        attributeChange(Operation.MODIFY_TARGET_GROUP_ATTRIBUTES, tg.key(), Optional.empty(), tg.attributes(), Map.of())
            .ifPresent(changes::add);
        if (!tg.targets().isEmpty()) {
          changes.add(targetChange(Operation.REGISTER_TARGETS, tg, Optional.empty(), tg.targets()));
        }
        continue;
      }
      planTargetGroupUpdate(tg, have, changes, problems);
    }

    // 3. Listeners and their rules.
    RulePlanner rules = new RulePlanner(refs);
    List<ObservedListener> existingListeners =
        current.map(ObservedLoadBalancer::listeners).orElse(List.of());
    Set<Integer> desiredPorts = new HashSet<>();
    for (Listener listener : desired.listeners()) {
      desiredPorts.add(listener.port());
      Optional<ObservedListener> have =
          existingListeners.stream().filter(l -> l.port() == listener.port()).findFirst();
      if (have.isPresent() && !have.get().owned()) {
        problems.add(
            PlanProblem.of(
                listener.key(),
                "port " + listener.port() + " has listener " + have.get().arn()
                    + ", which elbgateway does not own; remove it or use another port"));
        continue;
      }
      Optional<Listener> withCertificates = resolveCertificates(listener, problems);
      if (withCertificates.isEmpty()) {
        continue;
      }
      if (refs.unavailable(listener.defaultActions())) {
        problems.add(PlanProblem.of(listener.key(), "the default action forwards to a target group that cannot be created or does not exist"));
        continue;
      }
      planListener(withCertificates.get(), have, refs, rules, changes);
      rules.plan(listener.key(), desired.rulesOf(listener.key()), have, changes, problems);
    }
    for (ObservedListener listener : existingListeners) {
      if (!listener.owned() || desiredPorts.contains(listener.port())) {
        continue;
      }
      String key = listener.tags().getOrDefault(OwnershipTags.RESOURCE, listener.arn());
      long foreign = listener.rules().stream().filter(r -> !r.owned()).count();
      if (foreign > 0) {
        problems.add(
            PlanProblem.of(
                key,
                "the listener is no longer desired but carries " + foreign
                    + " rule(s) elbgateway does not own; it is kept until they are removed"));
        continue;
      }
      changes.add(
          Change.builder()
              .operation(Operation.DELETE_LISTENER)
              .key(key)
              .arn(listener.arn())
              .summary(listener.listener().protocolAsString() + ":" + listener.port())
              .build());
    }

    // 4. Target groups nothing uses any more: their targets drain first, then they go.
    Set<String> desiredNames = desired.targetGroups().stream().map(TargetGroup::name).collect(Collectors.toSet());
    for (ObservedTargetGroup tg : observed.targetGroups()) {
      if (desiredNames.contains(tg.name())) {
        continue;
      }
      List<TargetHealthDescription> active = activeTargets(tg);
      boolean draining = tg.targets().stream().anyMatch(Planner::draining);
      Duration drain = drainTime(tg);
      if (!active.isEmpty()) {
        changes.add(
            Change.builder()
                .operation(Operation.DEREGISTER_TARGETS)
                .key(tg.tags().getOrDefault(OwnershipTags.RESOURCE, tg.name()))
                .arn(tg.arn())
                .summary(tg.name() + ", no longer used; deleted once its targets drained")
                .fields(List.of(FieldChange.of("Targets", targetsText(observedTargets(active)), "")))
                .targets(observedTargets(active))
                .build());
        recheck = Optional.of(shorter(recheck, drain));
      } else if (draining) {
        // Deleted on a later sync, once its targets drained.
        recheck = Optional.of(shorter(recheck, drain));
      } else {
        changes.add(deleteTargetGroup(tg));
      }
    }

    // 5. What is attached to the load balancer.
    planWebAcl(want, current, changes, problems);
    planShield(want, current, changes, problems);
    Map<String, String> arns = new TreeMap<>();
    current.ifPresent(lb -> arns.put(want.key(), lb.arn()));
    for (Listener listener : desired.listeners()) {
      existingListeners.stream()
          .filter(l -> l.owned() && l.port() == listener.port())
          .findFirst()
          .ifPresent(l -> arns.put(listener.key(), l.arn()));
    }
    for (TargetGroup tg : desired.targetGroups()) {
      Optional.ofNullable(observedGroups.get(tg.name())).ifPresent(o -> arns.put(tg.key(), o.arn()));
    }
    for (String name : desired.referencedTargetGroupNames()) {
      inventory.targetGroupNamed(name).ifPresent(t -> arns.put("name:" + name, t.targetGroupArn()));
    }
    return plan.changes(changes)
        .problems(problems)
        .recheckAfter(recheck)
        .arns(arns)
        .vpcId(current.map(lb -> lb.loadBalancer().vpcId()))
        .build();
  }

  private void planLoadBalancerUpdate(LoadBalancer want, ObservedLoadBalancer have, List<Change> changes) {
    var lb = have.loadBalancer();
    Set<String> haveSubnets = lb.availabilityZones().stream().map(AvailabilityZone::subnetId).collect(Collectors.toCollection(TreeSet::new));
    Set<String> wantSubnets = want.subnetMappings().stream().map(SubnetMapping::subnet).collect(Collectors.toCollection(TreeSet::new));
    if (!wantSubnets.isEmpty() && !haveSubnets.equals(wantSubnets)) {
      changes.add(
          Change.builder()
              .operation(Operation.SET_SUBNETS)
              .key(want.key())
              .arn(have.arn())
              .addField(FieldChange.of("Subnets", String.join(", ", haveSubnets), String.join(", ", wantSubnets)))
              .loadBalancer(want)
              .build());
    }
    Set<String> haveGroups = new TreeSet<>(lb.securityGroups());
    Set<String> wantGroups = new TreeSet<>(want.securityGroups());
    if (!wantGroups.isEmpty() && !haveGroups.equals(wantGroups)) {
      changes.add(
          Change.builder()
              .operation(Operation.SET_SECURITY_GROUPS)
              .key(want.key())
              .arn(have.arn())
              .addField(FieldChange.of("SecurityGroups", String.join(", ", haveGroups), String.join(", ", wantGroups)))
              .loadBalancer(want)
              .build());
    }
    if (!want.ipAddressType().toString().equals(lb.ipAddressTypeAsString())) {
      changes.add(
          Change.builder()
              .operation(Operation.SET_IP_ADDRESS_TYPE)
              .key(want.key())
              .arn(have.arn())
              .addField(FieldChange.of("IpAddressType", lb.ipAddressTypeAsString(), want.ipAddressType().toString()))
              .loadBalancer(want)
              .build());
    }
    attributeChange(
            Operation.MODIFY_LOAD_BALANCER_ATTRIBUTES, want.key(), Optional.of(have.arn()), want.attributes(), have.attributes().orElse(Map.of()))
        .ifPresent(changes::add);
    capacityChange(want, Optional.of(have.arn()), have.capacityUnits()).ifPresent(changes::add);
    tagChange(want.key(), have.arn(), want.tags(), have.tags()).ifPresent(changes::add);
  }

  /** The change that reserves the desired capacity, when it differs from what is reserved. */
  private static Optional<Change> capacityChange(LoadBalancer want, Optional<String> arn, Optional<Integer> have) {
    return want.minimumLoadBalancerCapacity()
        .filter(c -> !have.equals(Optional.of(c.capacityUnits())))
        .map(
            c ->
                Change.builder()
                    .operation(Operation.MODIFY_CAPACITY_RESERVATION)
                    .key(want.key())
                    .arn(arn)
                    .addField(FieldChange.of("MinimumLoadBalancerCapacity", have.map(String::valueOf).orElse(""), String.valueOf(c.capacityUnits())))
                    .loadBalancer(want)
                    .build());
  }

  private void planTargetGroupUpdate(
      TargetGroup want, ObservedTargetGroup have, List<Change> changes, List<PlanProblem> problems) {
    var tg = have.targetGroup();
    List<String> immutable = new ArrayList<>();
    compareImmutable("Protocol", want.protocol().map(Object::toString), tg.protocolAsString(), immutable);
    compareImmutable("Port", want.port().map(String::valueOf), tg.port() == null ? null : String.valueOf(tg.port()), immutable);
    compareImmutable("TargetType", Optional.of(want.targetType().toString()), tg.targetTypeAsString(), immutable);
    compareImmutable("ProtocolVersion", want.protocolVersion().map(Object::toString), tg.protocolVersion(), immutable);
    if (!immutable.isEmpty()) {
      problems.add(
          PlanProblem.of(
              want.key(),
              "target group " + want.name() + " differs in " + String.join(", ", immutable)
                  + ", which ELBv2 cannot change in place, and its name is fixed by targetGroupName; "
                  + "change the name to replace it"));
    }
    List<FieldChange> health = new ArrayList<>();
    compare("HealthCheckEnabled", want.healthCheckEnabled().map(String::valueOf), tg.healthCheckEnabled(), health);
    compare("HealthCheckProtocol", want.healthCheckProtocol().map(Object::toString), tg.healthCheckProtocolAsString(), health);
    compare("HealthCheckPort", want.healthCheckPort(), tg.healthCheckPort(), health);
    compare("HealthCheckPath", want.healthCheckPath(), tg.healthCheckPath(), health);
    compare("HealthCheckIntervalSeconds", want.healthCheckIntervalSeconds().map(String::valueOf), tg.healthCheckIntervalSeconds(), health);
    compare("HealthCheckTimeoutSeconds", want.healthCheckTimeoutSeconds().map(String::valueOf), tg.healthCheckTimeoutSeconds(), health);
    compare("HealthyThresholdCount", want.healthyThresholdCount().map(String::valueOf), tg.healthyThresholdCount(), health);
    compare("UnhealthyThresholdCount", want.unhealthyThresholdCount().map(String::valueOf), tg.unhealthyThresholdCount(), health);
    compare("Matcher.HttpCode", want.matcher().flatMap(m -> m.httpCode()), tg.matcher() == null ? null : tg.matcher().httpCode(), health);
    compare("Matcher.GrpcCode", want.matcher().flatMap(m -> m.grpcCode()), tg.matcher() == null ? null : tg.matcher().grpcCode(), health);
    if (!health.isEmpty()) {
      changes.add(
          Change.builder()
              .operation(Operation.MODIFY_TARGET_GROUP)
              .key(want.key())
              .arn(have.arn())
              .summary(want.name())
              .fields(health)
              .targetGroup(want)
              .build());
    }
    attributeChange(
            Operation.MODIFY_TARGET_GROUP_ATTRIBUTES, want.key(), Optional.of(have.arn()), want.attributes(), have.attributes().orElse(Map.of()))
        .ifPresent(changes::add);
    tagChange(want.key(), have.arn(), want.tags(), have.tags()).ifPresent(changes::add);
    int defaultPort = want.port().orElse(0);
    Set<String> active = new HashSet<>();
    for (TargetHealthDescription target : activeTargets(have)) {
      active.add(targetId(target.target().id(), target.target().port() == null ? defaultPort : target.target().port()));
    }
    Set<String> wanted = new HashSet<>();
    List<TargetDescription> register = new ArrayList<>();
    for (TargetDescription target : want.targets()) {
      String id = targetId(target.id(), target.port().orElse(defaultPort));
      wanted.add(id);
      if (!active.contains(id)) {
        register.add(target);
      }
    }
    List<TargetDescription> deregister =
        observedTargets(activeTargets(have)).stream()
            .filter(t -> !wanted.contains(targetId(t.id(), t.port().orElse(defaultPort))))
            .collect(Collectors.toList());
    if (!register.isEmpty()) {
      changes.add(targetChange(Operation.REGISTER_TARGETS, want, Optional.of(have.arn()), register));
    }
    if (!deregister.isEmpty()) {
      changes.add(targetChange(Operation.DEREGISTER_TARGETS, want, Optional.of(have.arn()), deregister));
    }
  }

  private void planListener(
      Listener want, Optional<ObservedListener> have, TargetGroupRefs refs, RulePlanner actions, List<Change> changes) {
    List<String> extras =
        want.certificates().stream().filter(c -> !c.defaultCertificate()).map(Certificate::certificateArn).collect(Collectors.toList());
    List<Action> wantActions = actions.desiredActions(want.defaultActions());
    if (have.isEmpty()) {
      ImmutableChange.Builder create =
          Change.builder()
              .operation(Operation.CREATE_LISTENER)
              .key(want.key())
              .parentKey(want.loadBalancerKey())
              .summary(want.protocol() + ":" + want.port())
              .addField(FieldChange.of("DefaultActions", "", SdkText.actions(wantActions, refs::label)))
              .listener(want);
      want.defaultCertificate().ifPresent(c -> create.addField(FieldChange.of("Certificate", "", c.certificateArn())));
      changes.add(create.build());
      if (!extras.isEmpty()) {
        changes.add(
            Change.builder()
                .operation(Operation.ADD_LISTENER_CERTIFICATES)
                .key(want.key())
                .certificateArns(extras)
                .addField(FieldChange.of("Certificates", "", String.join(", ", extras)))
                .build());
      }
      attributeChange(Operation.MODIFY_LISTENER_ATTRIBUTES, want.key(), Optional.empty(), want.attributes(), Map.of())
          .ifPresent(changes::add);
      return;
    }
    ObservedListener current = have.get();
    var listener = current.listener();
    List<FieldChange> fields = new ArrayList<>();
    compare("Protocol", Optional.of(want.protocol().toString()), listener.protocolAsString(), fields);
    compare("SslPolicy", want.sslPolicy(), listener.sslPolicy(), fields);
    String haveDefault = listener.certificates().stream().map(c -> c.certificateArn()).findFirst().orElse(null);
    compare("Certificates", want.defaultCertificate().map(Certificate::certificateArn), haveDefault, fields);
    if (!want.alpnPolicy().isEmpty()) {
      String wantAlpn = want.alpnPolicy().stream().map(Object::toString).collect(Collectors.joining(","));
      compare("AlpnPolicy", Optional.of(wantAlpn), String.join(",", listener.alpnPolicy()), fields);
    }
    want.mutualAuthentication()
        .ifPresent(
            m -> {
              var mutual = listener.mutualAuthentication();
              compare("MutualAuthentication.Mode", Optional.of(m.mode().toString()), mutual == null ? "off" : mutual.mode(), fields);
              String haveStore = mutual == null ? null : mutual.trustStoreArn();
              if (m.trustStore().isPresent() && !sameTrustStore(m.trustStore().get(), haveStore)) {
                fields.add(FieldChange.of("MutualAuthentication.TrustStoreArn", haveStore == null ? "" : haveStore, m.trustStore().get()));
              }
            });
    List<Action> haveActions = SdkNormalizer.actions(listener.defaultActions());
    if (!wantActions.equals(haveActions)) {
      fields.add(FieldChange.of("DefaultActions", SdkText.actions(haveActions, refs::label), SdkText.actions(wantActions, refs::label)));
    }
    if (!fields.isEmpty()) {
      changes.add(
          Change.builder()
              .operation(Operation.MODIFY_LISTENER)
              .key(want.key())
              .arn(current.arn())
              .summary(want.protocol() + ":" + want.port())
              .fields(fields)
              .listener(want)
              .build());
    }
    if (want.protocol() == Protocol.HTTPS || want.protocol() == Protocol.TLS) {
      List<String> add = extras.stream().filter(a -> !current.extraCertificateArns().contains(a)).collect(Collectors.toList());
      List<String> remove =
          current.extraCertificateArns().stream()
              .filter(a -> !extras.contains(a) && !a.equals(want.defaultCertificate().map(Certificate::certificateArn).orElse("")))
              .collect(Collectors.toList());
      if (!add.isEmpty()) {
        changes.add(
            Change.builder()
                .operation(Operation.ADD_LISTENER_CERTIFICATES)
                .key(want.key())
                .arn(current.arn())
                .certificateArns(add)
                .addField(FieldChange.of("Certificates", "", String.join(", ", add)))
                .build());
      }
      if (!remove.isEmpty()) {
        changes.add(
            Change.builder()
                .operation(Operation.REMOVE_LISTENER_CERTIFICATES)
                .key(want.key())
                .arn(current.arn())
                .certificateArns(remove)
                .addField(FieldChange.of("Certificates", String.join(", ", remove), ""))
                .build());
      }
    }
    attributeChange(
            Operation.MODIFY_LISTENER_ATTRIBUTES, want.key(), Optional.of(current.arn()), want.attributes(), current.attributes().orElse(Map.of()))
        .ifPresent(changes::add);
    tagChange(want.key(), current.arn(), want.tags(), current.tags()).ifPresent(changes::add);
  }

  /** The listener with its certificates known: explicit ones, then ACM's for its hostnames. */
  private Optional<Listener> resolveCertificates(Listener listener, List<PlanProblem> problems) {
    boolean secure = listener.protocol() == Protocol.HTTPS || listener.protocol() == Protocol.TLS;
    if (!secure) {
      return Optional.of(listener);
    }
    List<Certificate> all = new ArrayList<>(listener.certificates());
    for (String hostname : listener.certificateHostnames()) {
      if (certificates.isEmpty()) {
        problems.add(PlanProblem.of(listener.key(), "certificate discovery for " + hostname + " needs an ACM client; none was given"));
        continue;
      }
      Optional<String> arn = certificates.get().forHostname(hostname);
      if (arn.isEmpty()) {
        problems.add(
            PlanProblem.of(
                listener.key(),
                "no issued ACM certificate covers " + hostname + "; request or import one, or set a certificate ARN"));
        continue;
      }
      if (all.stream().noneMatch(c -> c.certificateArn().equals(arn.get()))) {
        all.add(Certificate.of(arn.get(), all.stream().noneMatch(Certificate::defaultCertificate)));
      }
    }
    if (all.isEmpty()) {
      problems.add(PlanProblem.of(listener.key(), "a " + listener.protocol() + " listener needs a certificate and none is known; it is not created or changed"));
      return Optional.empty();
    }
    if (all.stream().noneMatch(Certificate::defaultCertificate)) {
      all.set(0, Certificate.of(all.get(0).certificateArn(), true));
    }
    return Optional.of(Listener.builder().from(listener).certificates(all).certificateHostnames(List.of()).build());
  }

  private void planWebAcl(
      LoadBalancer want, Optional<ObservedLoadBalancer> current, List<Change> changes, List<PlanProblem> problems) {
    Optional<String> acl = want.webAclArn();
    boolean managed = current.map(lb -> lb.tags().containsKey(OwnershipTags.WEB_ACL)).orElse(false);
    if (acl.isEmpty() && !managed) {
      return;
    }
    if (!webAclClient) {
      if (acl.isPresent()) {
        problems.add(PlanProblem.of(want.key(), "web ACL " + acl.get() + " is not associated: no WAFv2 client was given"));
      }
      return;
    }
    Optional<String> have = current.flatMap(ObservedLoadBalancer::webAclArn);
    if (acl.isPresent() && !acl.equals(have)) {
      changes.add(
          Change.builder()
              .operation(Operation.ASSOCIATE_WEB_ACL)
              .key(want.key())
              .arn(current.map(ObservedLoadBalancer::arn))
              .addField(FieldChange.of("WebACLArn", have.orElse(""), acl.get()))
              .webAclArn(acl)
              .build());
    } else if (acl.isEmpty() && have.isPresent()) {
      changes.add(
          Change.builder()
              .operation(Operation.DISASSOCIATE_WEB_ACL)
              .key(want.key())
              .arn(current.map(ObservedLoadBalancer::arn))
              .addField(FieldChange.of("WebACLArn", have.get(), ""))
              .build());
    }
  }

  private void planShield(
      LoadBalancer want, Optional<ObservedLoadBalancer> current, List<Change> changes, List<PlanProblem> problems) {
    if (want.shieldEnabled().isEmpty()) {
      return;
    }
    if (!shieldClient) {
      problems.add(PlanProblem.of(want.key(), "Shield protection is not managed: no Shield client was given"));
      return;
    }
    boolean protectedNow = current.flatMap(ObservedLoadBalancer::shieldProtectionId).isPresent();
    if (want.shieldEnabled().get() && !protectedNow) {
      changes.add(Change.builder().operation(Operation.CREATE_PROTECTION).key(want.key()).arn(current.map(ObservedLoadBalancer::arn)).build());
    } else if (!want.shieldEnabled().get() && protectedNow) {
      if (!current.flatMap(ObservedLoadBalancer::shieldProtectionName).map(ShieldNames.OURS::equals).orElse(false)) {
        problems.add(PlanProblem.of(want.key(), "the Shield protection was not created by elbgateway; it is left in place"));
        return;
      }
      changes.add(Change.builder().operation(Operation.DELETE_PROTECTION).key(want.key()).arn(current.map(ObservedLoadBalancer::arn)).build());
    }
  }

  private boolean deletable(ObservedLoadBalancer lb, List<PlanProblem> problems) {
    String key = lb.tags().getOrDefault(OwnershipTags.RESOURCE, lb.arn());
    if (lb.deletionProtected()) {
      problems.add(PlanProblem.of(key, "deletion protection is on; turn off deletion_protection.enabled to let elbgateway delete it"));
      return false;
    }
    long foreignListeners = lb.listeners().stream().filter(l -> !l.owned()).count();
    long foreignRules = lb.listeners().stream().flatMap(l -> l.rules().stream()).filter(r -> !r.owned()).count();
    if (foreignListeners + foreignRules > 0) {
      problems.add(
          PlanProblem.of(
              key,
              "it carries " + foreignListeners + " listener(s) and " + foreignRules
                  + " rule(s) elbgateway does not own; it is not deleted until they are removed"));
      return false;
    }
    return true;
  }

  private static Change deleteLoadBalancer(ObservedLoadBalancer lb, String why) {
    return Change.builder()
        .operation(Operation.DELETE_LOAD_BALANCER)
        .key(lb.tags().getOrDefault(OwnershipTags.RESOURCE, lb.arn()))
        .arn(lb.arn())
        .summary(lb.loadBalancer().loadBalancerName() + ", " + why)
        .disruptive(true)
        .build();
  }

  private static Change deleteTargetGroup(ObservedTargetGroup tg) {
    return Change.builder()
        .operation(Operation.DELETE_TARGET_GROUP)
        .key(tg.tags().getOrDefault(OwnershipTags.RESOURCE, tg.name()))
        .arn(tg.arn())
        .summary(tg.name())
        .build();
  }

  private static Change targetChange(
      Operation operation, TargetGroup tg, Optional<String> arn, List<TargetDescription> targets) {
    String text = targetsText(targets);
    return Change.builder()
        .operation(operation)
        .key(tg.key())
        .arn(arn)
        .summary(tg.name())
        .addField(
            operation == Operation.REGISTER_TARGETS
                ? FieldChange.of("Targets", "", text)
                : FieldChange.of("Targets", text, ""))
        .targets(targets)
        .targetGroup(tg)
        .build();
  }

  private static String targetsText(List<TargetDescription> targets) {
    return targets.stream()
        .map(t -> t.id() + t.port().map(p -> ":" + p).orElse(""))
        .collect(Collectors.joining(", "));
  }

  /**
   * Whether a trust store given by ARN or by name is the one with ARN {@code haveArn}; a trust store
   * ARN ends in {@code truststore/<name>/<id>}.
   */
  static boolean sameTrustStore(String want, String haveArn) {
    if (haveArn == null) {
      return false;
    }
    return want.equals(haveArn) || (!want.startsWith("arn:") && haveArn.contains(":truststore/" + want + "/"));
  }

  /** How long the target group's targets drain: its deregistration delay, 300 s unless set. */
  private static Duration drainTime(ObservedTargetGroup tg) {
    try {
      return tg.attributes()
          .map(a -> a.get("deregistration_delay.timeout_seconds"))
          .map(seconds -> Duration.ofSeconds(Long.parseLong(seconds)))
          .orElse(DEFAULT_DRAIN);
    } catch (NumberFormatException unreadable) {
      return DEFAULT_DRAIN;
    }
  }

  private static Duration shorter(Optional<Duration> current, Duration next) {
    return current.filter(c -> c.compareTo(next) < 0).orElse(next);
  }

  private static List<TargetHealthDescription> activeTargets(ObservedTargetGroup tg) {
    return tg.targets().stream().filter(t -> !draining(t)).collect(Collectors.toList());
  }

  private static boolean draining(TargetHealthDescription target) {
    return target.targetHealth() != null && target.targetHealth().state() == TargetHealthStateEnum.DRAINING;
  }

  private static List<TargetDescription> observedTargets(List<TargetHealthDescription> targets) {
    return targets.stream()
        .map(
            t ->
                TargetDescription.builder()
                    .id(t.target().id())
                    .port(Optional.ofNullable(t.target().port()))
                    .availabilityZone(Optional.ofNullable(t.target().availabilityZone()))
                    .build())
        .collect(Collectors.toList());
  }

  private static String targetId(String id, int port) {
    return id + ":" + port;
  }

  private static Optional<Change> tagChange(
      String key, String arn, Map<String, String> want, Map<String, String> have) {
    Map<String, String> add = new TreeMap<>();
    want.forEach(
        (k, v) -> {
          if (!OwnershipTags.reserved(k) && !v.equals(have.get(k))) {
            add.put(k, v);
          }
        });
    List<String> remove =
        have.keySet().stream()
            .filter(k -> !OwnershipTags.reserved(k) && !want.containsKey(k) && !k.startsWith("aws:"))
            .sorted()
            .collect(Collectors.toList());
    if (add.isEmpty() && remove.isEmpty()) {
      return Optional.empty();
    }
    ImmutableChange.Builder change =
        Change.builder().operation(Operation.UPDATE_TAGS).key(key).arn(arn).addTags(add).removeTagKeys(remove);
    add.forEach((k, v) -> change.addField(FieldChange.of("Tags." + k, have.getOrDefault(k, ""), v)));
    remove.forEach(k -> change.addField(FieldChange.of("Tags." + k, have.get(k), "(removed)")));
    return Optional.of(change.build());
  }

  /**
   * The change that gives the attributes {@code want} names their desired values where AWS has
   * others. Attributes the desired state does not name are left as they are.
   */
  private static Optional<Change> attributeChange(
      Operation operation, String key, Optional<String> arn, Map<String, String> want, Map<String, String> have) {
    Map<String, String> changed = changedAttributes(want, have);
    if (changed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Change.builder().operation(operation).key(key).arn(arn).fields(attributeFields(changed, have)).attributes(changed).build());
  }

  private static Map<String, String> changedAttributes(Map<String, String> want, Map<String, String> have) {
    Map<String, String> changed = new TreeMap<>();
    want.forEach(
        (k, v) -> {
          if (!v.equals(have.get(k))) {
            changed.put(k, v);
          }
        });
    return changed;
  }

  private static List<FieldChange> attributeFields(Map<String, String> set, Map<String, String> have) {
    return set.entrySet().stream()
        .map(e -> FieldChange.of(e.getKey(), have.getOrDefault(e.getKey(), ""), e.getValue().isEmpty() ? "\"\"" : e.getValue()))
        .collect(Collectors.toList());
  }

  private static void compare(String field, Optional<String> want, Object have, List<FieldChange> fields) {
    if (want.isPresent() && !Objects.equals(want.get(), have == null ? null : String.valueOf(have))) {
      fields.add(FieldChange.of(field, have == null ? "" : String.valueOf(have), want.get()));
    }
  }

  private static void compareImmutable(String field, Optional<String> want, String have, List<String> differing) {
    if (want.isPresent() && have != null && !want.get().equals(have)) {
      differing.add(field + " " + have + " -> " + want.get());
    }
  }
}
