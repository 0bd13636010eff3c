/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.plan;

import io.elbgateway.model.elb.ListenerRule;
import io.elbgateway.sync.aws.ElbShapes;
import io.elbgateway.sync.aws.OwnershipTags;
import io.elbgateway.sync.aws.SdkNormalizer;
import io.elbgateway.sync.aws.SdkText;
import io.elbgateway.sync.observe.ObservedListener;
import io.elbgateway.sync.observe.ObservedRule;
import io.elbgateway.sync.resolve.ClientCredentials;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleTransform;

/**
 * Plans the rules of one listener. Desired and existing rules are matched by the logical key in
 * their resource tag, never by content or priority, so a rule keeps its identity when its route
 * changes. Rules the engine does not own are never touched; their priorities are taken as given.
 *
 * <p>The changes come in this order, so no request falls through a gap: one {@code
 * SetRulePriorities} that moves kept rules to their new priorities and pushes obsolete rules that
 * sit on a needed priority to free ones at the bottom (50000 down, keeping their order); then
 * {@code ModifyRule} in place for kept rules whose conditions, actions or transforms differ; then
 * {@code CreateRule} for new rules; then {@code DeleteRule} for the obsolete ones.
 */
final class RulePlanner {

  static final int LOWEST = 50000;

  private static final ClientCredentials COMPARE_ONLY = ClientCredentials.of("", "");

  private final TargetGroupRefs refs;

  RulePlanner(TargetGroupRefs refs) {
    this.refs = refs;
  }

  void plan(
      String listenerKey,
      List<ListenerRule> desired,
      Optional<ObservedListener> observed,
      List<Change> changes,
      List<PlanProblem> problems) {
    List<ObservedRule> existing = observed.map(ObservedListener::rules).orElse(List.of());
    Map<Integer, ObservedRule> foreignByPriority = new HashMap<>();
    Map<String, ObservedRule> ownedByTag = new LinkedHashMap<>();
    for (ObservedRule rule : existing) {
      if (rule.owned()) {
        ownedByTag.put(rule.tags().getOrDefault(OwnershipTags.RESOURCE, rule.arn()), rule);
      } else {
        foreignByPriority.put(rule.priority(), rule);
      }
    }
    List<RulePriority> moves = new ArrayList<>();
    List<Change> modifies = new ArrayList<>();
    List<Change> creates = new ArrayList<>();
    Set<Integer> needed = new HashSet<>();
    Set<String> kept = new HashSet<>();
    for (ListenerRule rule : desired) {
      if (refs.unavailable(rule.actions())) {
        problems.add(
            PlanProblem.of(
                rule.key(),
                "the rule forwards to a target group that cannot be created or does not exist; the rule is left as it is"));
        ownedByTag.remove(OwnershipTags.tagValue(rule.key()));
        continue;
      }
      ObservedRule foreign = foreignByPriority.get(rule.priority());
      if (foreign != null) {
        problems.add(
            PlanProblem.of(
                rule.key(),
                "priority " + rule.priority() + " on listener " + listenerKey + " is held by rule " + foreign.arn()
                    + ", which elbgateway does not own; move or delete that rule"));
        ownedByTag.remove(OwnershipTags.tagValue(rule.key()));
        continue;
      }
      needed.add(rule.priority());
      ObservedRule current = ownedByTag.get(OwnershipTags.tagValue(rule.key()));
      if (current == null) {
        creates.add(
            Change.builder()
                .operation(Operation.CREATE_RULE)
                .key(rule.key())
                .parentKey(listenerKey)
                .summary("priority " + rule.priority())
                .addField(FieldChange.of("Conditions", "", conditionsText(rule)))
                .addField(FieldChange.of("Actions", "", actionsText(rule)))
                .rule(rule)
                .build());
        continue;
      }
      kept.add(current.arn());
      if (current.priority() != rule.priority()) {
        moves.add(RulePriority.of(rule.key(), current.arn(), rule.priority()));
      }
      List<FieldChange> fields = differences(rule, current);
      if (!fields.isEmpty()) {
        modifies.add(
            Change.builder()
                .operation(Operation.MODIFY_RULE)
                .key(rule.key())
                .arn(current.arn())
                .parentKey(listenerKey)
                .summary("priority " + rule.priority())
                .fields(fields)
                .rule(rule)
                .build());
      }
    }
    List<ObservedRule> obsolete = new ArrayList<>();
    for (ObservedRule rule : ownedByTag.values()) {
      if (!kept.contains(rule.arn())) {
        obsolete.add(rule);
      }
    }
    // Obsolete rules that sit where a kept or new rule goes step aside to the bottom, in their
    // order, so they keep serving until the new rules exist.
    Set<Integer> taken = new HashSet<>(needed);
    existing.forEach(r -> taken.add(r.priority()));
    int free = LOWEST;
    for (ObservedRule rule : obsolete) {
      if (needed.contains(rule.priority())) {
        while (taken.contains(free)) {
          free--;
        }
        moves.add(RulePriority.of(rule.tags().getOrDefault(OwnershipTags.RESOURCE, rule.arn()), rule.arn(), free));
        taken.add(free);
      }
    }
    if (!moves.isEmpty()) {
      ImmutableChange.Builder batch =
          Change.builder()
              .operation(Operation.SET_RULE_PRIORITIES)
              .key(listenerKey)
              .summary(moves.size() + " rule(s) in one call")
              .priorities(moves);
      Map<String, Integer> before = new HashMap<>();
      existing.forEach(r -> before.put(r.arn(), r.priority()));
      for (RulePriority move : moves) {
        batch.addField(FieldChange.of(move.key(), String.valueOf(before.get(move.ruleArn())), String.valueOf(move.priority())));
      }
      changes.add(batch.build());
    }
    changes.addAll(modifies);
    changes.addAll(creates);
    for (ObservedRule rule : obsolete) {
      changes.add(
          Change.builder()
              .operation(Operation.DELETE_RULE)
              .key(rule.tags().getOrDefault(OwnershipTags.RESOURCE, rule.arn()))
              .arn(rule.arn())
              .parentKey(listenerKey)
              .summary("priority " + rule.priority())
              .build());
    }
  }

  private List<FieldChange> differences(ListenerRule rule, ObservedRule current) {
    List<FieldChange> fields = new ArrayList<>();
    List<RuleCondition> wantConditions = SdkNormalizer.conditions(ElbShapes.conditions(rule.conditions()));
    List<RuleCondition> haveConditions = SdkNormalizer.conditions(current.rule().conditions());
    if (!wantConditions.equals(haveConditions)) {
      fields.add(FieldChange.of("Conditions", SdkText.conditions(haveConditions), SdkText.conditions(wantConditions)));
    }
    List<Action> wantActions = desiredActions(rule.actions());
    List<Action> haveActions = SdkNormalizer.actions(current.rule().actions());
    if (!wantActions.equals(haveActions)) {
      fields.add(FieldChange.of("Actions", SdkText.actions(haveActions, refs::label), SdkText.actions(wantActions, refs::label)));
    }
    List<RuleTransform> wantTransforms = SdkNormalizer.transforms(ElbShapes.transforms(rule.transforms()));
    List<RuleTransform> haveTransforms = SdkNormalizer.transforms(current.rule().transforms());
    if (!wantTransforms.equals(haveTransforms)) {
      fields.add(FieldChange.of("Transforms", SdkText.transforms(haveTransforms), SdkText.transforms(wantTransforms)));
    }
    return fields;
  }

  /** Desired actions in the normal form, target groups as they are called now. */
  List<Action> desiredActions(List<io.elbgateway.model.elb.Action> actions) {
    return SdkNormalizer.actions(ElbShapes.actions(actions, refs::arn, secret -> COMPARE_ONLY));
  }

  private String conditionsText(ListenerRule rule) {
    return SdkText.conditions(ElbShapes.conditions(rule.conditions()));
  }

  private String actionsText(ListenerRule rule) {
    return SdkText.actions(desiredActions(rule.actions()), refs::label);
  }
}
