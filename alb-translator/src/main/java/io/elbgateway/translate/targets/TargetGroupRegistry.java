/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import io.elbgateway.model.elb.ImmutableTargetGroup;
import io.elbgateway.model.elb.ImmutableTargetGroupTuple;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.model.elb.TargetGroupTuple;
import io.elbgateway.model.gateway.BackendRef;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.translate.AlbQuotas;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.spi.BackendResolution;
import io.elbgateway.translate.spi.BackendResolver;
import io.elbgateway.translate.status.Problem;
import io.elbgateway.translate.status.Reasons;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The target groups of one Gateway's load balancer, and the forward actions of its route rules.
 *
 * <p>{@link #forward} resolves a rule's backendRefs through the {@link BackendResolver} of each
 * backend's group and kind (none: {@code InvalidKind}), and turns the valid ones into a weighted
 * forward: Gateway API weights (0-1,000,000) scaled into ALB's 0-999 keeping the ratios, exactly
 * where possible, else with the largest relative error declared ({@link DeviationCode#WEIGHT_ROUNDED}).
 * Invalid backends are listed with their problem; the share of requests the spec answers with 500
 * for them goes to the valid backends, which ALB cannot avoid, and is declared ({@link
 * DeviationCode#INVALID_BACKEND_SHARE}). A rule with more target groups than one forward action
 * takes, or one that would take the load balancer past its target group quota, forwards nothing and
 * carries a problem naming the quota.
 *
 * <p>Target groups are shared: one equal in every setting (key and generated name aside) to one
 * already registered for the same Service port is the same target group, so that routes and
 * listeners that use one Service port alike cost one of the load balancer's 100 target groups.
 * Not thread-safe: one registry per Gateway translation.
 */
public final class TargetGroupRegistry {

  private final GatewayContext context;
  /** Committed target groups by key. */
  private final Map<String, TargetGroup> byKey = new TreeMap<>();
  /** Committed target groups by their settings (key blank, name as the configuration set it). */
  private final Map<TargetGroup, String> bySettings = new HashMap<>();
  /** Registrations of the forward being resolved, by key, and by settings. */
  private final Map<String, TargetGroup> pending = new LinkedHashMap<>();
  private final Map<TargetGroup, String> pendingBySettings = new LinkedHashMap<>();
  /** Existing, unmanaged target groups (by name) that committed forwards use. */
  private final java.util.TreeSet<String> existingNames = new java.util.TreeSet<>();

  /** A registry for the Gateway of {@code context}. */
  public TargetGroupRegistry(GatewayContext context) {
    this.context = context;
  }

  /**
   * The forward of rule {@code ruleIndex} of {@code route} on a listener of {@code
   * listenerProtocol}. The problems it returns are for the caller to record on the route's status
   * ({@code ResolvedRefs=False} with each problem's reason); when {@link ForwardPlan#forwardsNothing()}
   * the rule answers 500. The declared deviations are reported here.
   */
  public ForwardPlan forward(
      Route route, int ruleIndex, List<? extends BackendRef> backendRefs, Protocol listenerProtocol) {
    pending.clear();
    pendingBySettings.clear();
    RegistryBackendContext backendContext =
        new RegistryBackendContext(this, context, route, ruleIndex, listenerProtocol);
    String rulePath = ".spec.rules[" + ruleIndex + "].backendRefs";
    List<Problem> problems = new ArrayList<>();
    Map<TargetGroupTuple, Long> weights = new LinkedHashMap<>();
    long validWeight = 0;
    long invalidWeight = 0;
    for (int j = 0; j < backendRefs.size(); j++) {
      BackendRef ref = backendRefs.get(j);
      String path = rulePath + "[" + j + "]";
      if (ref.weight() < 0 || ref.weight() > 1_000_000) {
        problems.add(
            Problem.of(
                Reasons.UNSUPPORTED_VALUE,
                path + ".weight: must be between 0 and 1000000 (is " + ref.weight() + ")"));
        continue;
      }
      Optional<BackendResolver> resolver = context.plugins().backend(ref.group(), ref.kind());
      if (resolver.isEmpty()) {
        String groupKind = ref.group().isEmpty() ? ref.kind() : ref.group() + "/" + ref.kind();
        problems.add(
            Problem.of(
                Reasons.INVALID_KIND,
                path + ": backends of kind " + groupKind
                    + " are not supported; use a Service (group \"\", kind Service)"));
        invalidWeight += ref.weight();
        continue;
      }
      BackendResolution resolution = resolver.get().resolve(ref, path, backendContext);
      if (resolution.problem().isPresent()) {
        problems.add(resolution.problem().get());
        invalidWeight += ref.weight();
      } else {
        weights.merge(resolution.tuple(), (long) ref.weight(), Long::sum);
        validWeight += ref.weight();
      }
    }
    ImmutableForwardPlan.Builder plan =
        ForwardPlan.builder().validWeight(validWeight).invalidWeight(invalidWeight).addAllProblems(problems);
    AlbQuotas quotas = context.options().quotas();
    if (weights.size() > quotas.targetGroupsPerAction()) {
      plan.ruleProblem(
          Problem.of(
              Reasons.UNSUPPORTED_VALUE,
              rulePath + ": the rule needs " + weights.size()
                  + " target groups, but an ALB forward action takes at most " + quotas.targetGroupsPerAction()
                  + " (quota \"target groups per action\"); split the backends over several rules"));
      return discard(plan);
    }
    if (validWeight == 0) {
      return discard(plan);
    }
    long added =
        weights.keySet().stream()
            .filter(t -> t.targetGroupKey().map(k -> !byKey.containsKey(k)).orElse(false)
                || t.targetGroupName().map(n -> !existingNames.contains(n)).orElse(false))
            .count();
    int present = byKey.size() + existingNames.size();
    if (present + added > quotas.targetGroupsPerLoadBalancer()) {
      plan.ruleProblem(
          Problem.of(
              Reasons.UNSUPPORTED_VALUE,
              rulePath + ": the load balancer already has " + present
                  + " target groups and an ALB takes at most " + quotas.targetGroupsPerLoadBalancer()
                  + " (quota \"target groups per load balancer\"); move some routes to another Gateway"));
      return discard(plan);
    }
    List<TargetGroupTuple> refs = new ArrayList<>(weights.keySet());
    WeightScaling scaling = WeightScaling.of(new ArrayList<>(weights.values()));
    for (int i = 0; i < refs.size(); i++) {
      plan.addTargetGroups(ImmutableTargetGroupTuple.copyOf(refs.get(i)).withWeight(scaling.weights().get(i)));
    }
    java.util.Set<String> usedKeys = new java.util.HashSet<>();
    refs.forEach(t -> t.targetGroupKey().ifPresent(usedKeys::add));
    refs.forEach(t -> t.targetGroupName().ifPresent(existingNames::add));
    if (!scaling.exact()) {
      context.statuses().deviation(
          route, rulePath, DeviationCode.WEIGHT_ROUNDED,
          "weights " + join(weights.values()) + " are sent to ALB as " + join(scaling.weights())
              + " (ALB takes 0-999); the largest relative error in a backend's share of requests is "
              + percent(scaling.largestRelativeError()));
    }
    if (invalidWeight > 0) {
      double share = invalidWeight / (double) (invalidWeight + validWeight);
      context.statuses().deviation(
          route, rulePath, DeviationCode.INVALID_BACKEND_SHARE,
          percent(share) + " of requests that the spec answers with 500 (the share of the invalid backends) go to the valid backends instead: ALB cannot answer part of a forward with a fixed response");
    }
    pendingBySettings.forEach(
        (settings, key) -> {
          if (usedKeys.contains(key)) {
            byKey.put(key, pending.get(key));
            bySettings.put(settings, key);
          }
        });
    pending.clear();
    pendingBySettings.clear();
    return plan.build();
  }

  /**
   * Network Load Balancer: forgets the pending registrations, before the backends of one listener's
   * default action are resolved with {@link #resolvePending}.
   */
  public void beginPending() {
    pending.clear();
    pendingBySettings.clear();
  }

  /**
   * Network Load Balancer: resolves one backendRef of rule {@code ruleIndex} of {@code route} with
   * {@code resolver}, for a listener of {@code listenerProtocol}; the target group it registers is
   * held back until {@link #commitPending} keeps it.
   */
  public BackendResolution resolvePending(
      BackendResolver resolver, Route route, int ruleIndex, BackendRef ref, String path, Protocol listenerProtocol) {
    return resolver.resolve(ref, path, new RegistryBackendContext(this, context, route, ruleIndex, listenerProtocol));
  }

  /**
   * Network Load Balancer: keeps the pending target groups whose keys are given, forgets the rest.
   * An existing target group named by a {@link TargetGroupTuple#targetGroupName()} is no pending
   * registration; count it with {@link #useExisting}.
   */
  public void commitPending(java.util.Collection<String> keys) {
    pendingBySettings.forEach(
        (settings, key) -> {
          if (keys.contains(key)) {
            byKey.put(key, pending.get(key));
            bySettings.put(settings, key);
          }
        });
    pending.clear();
    pendingBySettings.clear();
  }

  /**
   * Network Load Balancer: records that a forward uses the existing, unmanaged target group {@code
   * name}, which counts towards the load balancer's target groups.
   */
  public void useExisting(String name) {
    existingNames.add(name);
  }

  /** The existing, unmanaged target groups (by name) that forwards use, sorted. */
  public java.util.SortedSet<String> existingTargetGroupNames() {
    return java.util.Collections.unmodifiableSortedSet(existingNames);
  }

  /** Every target group registered, sorted by key. */
  public List<TargetGroup> targetGroups() {
    return List.copyOf(byKey.values());
  }

  /** Registers (pending the forward's outcome) or finds a target group; see {@link RegistryBackendContext}. */
  String registerPending(TargetGroup group) {
    TargetGroup settings = settingsOf(group);
    String existing = bySettings.get(settings);
    if (existing == null) {
      existing = pendingBySettings.get(settings);
    }
    if (existing != null) {
      return existing;
    }
    String plainKey = group.key();
    String key =
        taken(plainKey)
            ? TargetGroupKeys.qualified(plainKey, group, elbTargetType(), this::taken)
            : plainKey;
    ImmutableTargetGroup keyed = ImmutableTargetGroup.copyOf(group).withKey(key);
    String name = group.name();
    if (!name.isEmpty() && nameTaken(name)) {
      String generated = context.plugins().targetGroupNamer().name(keyed.withName(""), context.options().clusterName());
      context.statuses().deviation(
          context.gateway(), "", DeviationCode.OTHER,
          "target group " + key + ": the targetGroupName " + name
              + " set by a TargetGroupConfiguration is already used by another target group of this load balancer, so this one is named "
              + generated);
      name = generated;
    } else if (name.isEmpty()) {
      name = context.plugins().targetGroupNamer().name(keyed.withName(""), context.options().clusterName());
    }
    pending.put(key, keyed.withName(name));
    pendingBySettings.put(settings, key);
    return key;
  }

  private io.elbgateway.model.elb.TargetType elbTargetType() {
    return io.elbgateway.model.elb.TargetType.valueOf(context.options().defaultTargetType().name());
  }

  private boolean taken(String key) {
    return byKey.containsKey(key) || pending.containsKey(key);
  }

  private boolean nameTaken(String name) {
    return byKey.values().stream().anyMatch(g -> g.name().equals(name))
        || pending.values().stream().anyMatch(g -> g.name().equals(name));
  }

  /**
   * What makes two registrations one target group: the registration as the resolver made it (plain
   * key, name as the configuration set it or empty), before the registry qualifies the key and
   * generates the name.
   */
  private static TargetGroup settingsOf(TargetGroup group) {
    return group;
  }

  private ForwardPlan discard(ImmutableForwardPlan.Builder plan) {
    pending.clear();
    pendingBySettings.clear();
    return plan.build();
  }

  private static String join(List<?> values) {
    return String.join(", ", values.stream().map(String::valueOf).toList());
  }

  private static String join(java.util.Collection<?> values) {
    return join(new ArrayList<>(values));
  }

  /** A share as a percentage with at most 2 decimals, e.g. {@code 25%} or {@code 33.33%}. */
  static String percent(double share) {
    return BigDecimal.valueOf(share * 100).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
  }
}
