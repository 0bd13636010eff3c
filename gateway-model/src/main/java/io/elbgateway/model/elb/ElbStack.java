/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.ObjectKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Everything desired in ELBv2 for one Gateway: its load balancer, listeners, listener rules and
 * target groups. Lists are kept in a deterministic order (listeners and target groups by key, rules
 * by listener key, priority, then key) and keys are unique, so equal inputs give equal stacks and
 * equal output.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableElbStack.class)
@JsonDeserialize(as = ImmutableElbStack.class)
public interface ElbStack {

  /** The order of {@link #rules()}: by listener key, then priority, then key. */
  Comparator<ListenerRule> RULE_ORDER =
      Comparator.comparing(ListenerRule::listenerKey)
          .thenComparingInt(ListenerRule::priority)
          .thenComparing(ListenerRule::key);

  /** The Gateway this stack is desired for. */
  @JsonProperty("Gateway")
  @JsonSerialize(using = ObjectKeyJson.Serializer.class)
  @JsonDeserialize(using = ObjectKeyJson.Deserializer.class)
  ObjectKey gateway();

  @JsonProperty("LoadBalancer")
  LoadBalancer loadBalancer();

  /** Sorted by key. */
  @JsonProperty("Listeners")
  List<Listener> listeners();

  /** Sorted by {@link #RULE_ORDER}. */
  @JsonProperty("Rules")
  List<ListenerRule> rules();

  /** Sorted by key. */
  @JsonProperty("TargetGroups")
  List<TargetGroup> targetGroups();

  /** The listener with this key. */
  default Optional<Listener> listener(String key) {
    return listeners().stream().filter(l -> l.key().equals(key)).findFirst();
  }

  /** The rule with this key. */
  default Optional<ListenerRule> rule(String key) {
    return rules().stream().filter(r -> r.key().equals(key)).findFirst();
  }

  /** The target group with this key. */
  default Optional<TargetGroup> targetGroup(String key) {
    return targetGroups().stream().filter(t -> t.key().equals(key)).findFirst();
  }

  /** The rules of one listener, by priority. */
  default List<ListenerRule> rulesOf(String listenerKey) {
    return rules().stream()
        .filter(r -> r.listenerKey().equals(listenerKey))
        .collect(Collectors.toList());
  }

  /**
   * The keys of every target group of the stack a forward action (rule or default) names, in order
   * of first use; existing target groups named by {@link TargetGroupTuple#targetGroupName()} are
   * not keys and are left out (see {@link #referencedTargetGroupNames()}).
   */
  default Set<String> referencedTargetGroupKeys() {
    return referenced(TargetGroupTuple::targetGroupKey);
  }

  /**
   * The names of the existing, unmanaged target groups a forward action (rule or default) names by
   * {@link TargetGroupTuple#targetGroupName()}, in order of first use.
   */
  default Set<String> referencedTargetGroupNames() {
    return referenced(TargetGroupTuple::targetGroupName);
  }

  private Set<String> referenced(Function<TargetGroupTuple, Optional<String>> part) {
    Set<String> values = new LinkedHashSet<>();
    Function<List<Action>, List<String>> ofActions =
        actions ->
            actions.stream()
                .flatMap(a -> a.forwardConfig().stream())
                .flatMap(f -> f.targetGroups().stream())
                .flatMap(t -> part.apply(t).stream())
                .collect(Collectors.toList());
    listeners().forEach(l -> values.addAll(ofActions.apply(l.defaultActions())));
    rules().forEach(r -> values.addAll(ofActions.apply(r.actions())));
    return values;
  }

  /** Sorts the lists and rejects repeated keys. */
  @Value.Check
  default ElbStack normalize() {
    requireUniqueKeys("listener", listeners(), Listener::key);
    requireUniqueKeys("rule", rules(), ListenerRule::key);
    requireUniqueKeys("target group", targetGroups(), TargetGroup::key);
    List<Listener> listeners = sorted(listeners(), Comparator.comparing(Listener::key));
    List<ListenerRule> rules = sorted(rules(), RULE_ORDER);
    List<TargetGroup> targetGroups = sorted(targetGroups(), Comparator.comparing(TargetGroup::key));
    if (listeners.equals(listeners())
        && rules.equals(rules())
        && targetGroups.equals(targetGroups())) {
      return this;
    }
    return builder()
        .from(this)
        .listeners(listeners)
        .rules(rules)
        .targetGroups(targetGroups)
        .build();
  }

  private static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(order);
    return copy;
  }

  private static <T> void requireUniqueKeys(String what, List<T> items, Function<T, String> key) {
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      if (!seen.add(key.apply(item))) {
        throw new IllegalStateException("two " + what + "s share the key " + key.apply(item));
      }
    }
  }

  /** A builder. */
  static ImmutableElbStack.Builder builder() {
    return ImmutableElbStack.builder();
  }
}
