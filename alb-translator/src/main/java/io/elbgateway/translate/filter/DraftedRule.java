/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.filter;

import io.elbgateway.model.aws.AwsKinds;
import io.elbgateway.model.aws.ListenerRuleConfiguration;
import io.elbgateway.model.elb.ActionType;
import io.elbgateway.model.gateway.GRPCRouteFilter;
import io.elbgateway.model.gateway.GRPCRouteRule;
import io.elbgateway.model.gateway.HTTPPathMatchType;
import io.elbgateway.model.gateway.HTTPPathModifier;
import io.elbgateway.model.gateway.HTTPPathModifierType;
import io.elbgateway.model.gateway.HTTPRouteFilter;
import io.elbgateway.model.gateway.HTTPRouteFilterType;
import io.elbgateway.model.gateway.HTTPRouteMatch;
import io.elbgateway.model.gateway.HTTPRouteRule;
import io.elbgateway.model.gateway.RouteRule;
import io.elbgateway.model.meta.LocalObjectReference;
import io.elbgateway.translate.spi.RuleDraft;
import io.elbgateway.translate.status.Reasons;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the built-in handlers read from the rule they translate, beyond their own filter: its
 * ListenerRuleConfiguration references, whether it has a RequestRedirect filter, the values a path
 * modifier replaces with.
 */
final class DraftedRule {

  /** The kind of the AWS rule configuration an ExtensionRef may name. */
  static final String LISTENER_RULE_CONFIGURATION = "ListenerRuleConfiguration";

  /** One ExtensionRef of a rule: its index in {@code filters} and the reference. */
  record FilterRef(int index, LocalObjectReference ref) {}

  private DraftedRule() {}

  /** The rule the draft translates, if the index is valid. */
  static Optional<RouteRule> rule(RuleDraft draft) {
    List<? extends RouteRule> rules = draft.route().spec().rules();
    int index = draft.ruleIndex();
    return index >= 0 && index < rules.size() ? Optional.of(rules.get(index)) : Optional.empty();
  }

  /** The rule's ExtensionRefs to ListenerRuleConfigurations, in filter order. */
  static List<FilterRef> listenerRuleConfigurationRefs(RuleDraft draft) {
    List<FilterRef> refs = new ArrayList<>();
    Optional<RouteRule> rule = rule(draft);
    if (rule.isPresent() && rule.get() instanceof HTTPRouteRule) {
      List<HTTPRouteFilter> filters = ((HTTPRouteRule) rule.get()).filters();
      for (int j = 0; j < filters.size(); j++) {
        int index = j;
        filters.get(j).extensionRef().filter(DraftedRule::isListenerRuleConfiguration)
            .ifPresent(ref -> refs.add(new FilterRef(index, ref)));
      }
    } else if (rule.isPresent() && rule.get() instanceof GRPCRouteRule) {
      List<GRPCRouteFilter> filters = ((GRPCRouteRule) rule.get()).filters();
      for (int j = 0; j < filters.size(); j++) {
        int index = j;
        filters.get(j).extensionRef().filter(DraftedRule::isListenerRuleConfiguration)
            .ifPresent(ref -> refs.add(new FilterRef(index, ref)));
      }
    }
    return refs;
  }

  static boolean isListenerRuleConfiguration(LocalObjectReference ref) {
    return ref.group().equals(AwsKinds.GROUP) && ref.kind().equals(LISTENER_RULE_CONFIGURATION);
  }

  /** The namespace of the draft's route (where its ExtensionRefs live). */
  static String namespace(RuleDraft draft) {
    return draft.route().metadata().namespace().orElse("");
  }

  /** The ListenerRuleConfiguration the rule's first LRC ExtensionRef names, if it exists. */
  static Optional<ListenerRuleConfiguration> firstListenerRuleConfiguration(RuleDraft draft) {
    List<FilterRef> refs = listenerRuleConfigurationRefs(draft);
    if (refs.isEmpty()) {
      return Optional.empty();
    }
    return draft.snapshot().get(ListenerRuleConfiguration.class, namespace(draft), refs.get(0).ref().name());
  }

  /**
   * The query a ListenerRuleConfiguration {@code redirect} action gives the rule's RequestRedirect
   * (the configuration's own problems are reported by its handler).
   */
  static Optional<String> redirectQuery(RuleDraft draft) {
    return firstListenerRuleConfiguration(draft)
        .flatMap(
            lrc ->
                lrc.spec().actions().stream()
                    .filter(a -> a.type() == ActionType.REDIRECT)
                    .findFirst()
                    .flatMap(a -> a.redirectConfig()))
        .map(c -> c.query());
  }

  /** Whether the rule has a RequestRedirect filter (only HTTPRoute rules can). */
  static boolean hasRequestRedirect(RuleDraft draft) {
    Optional<RouteRule> rule = rule(draft);
    return rule.isPresent()
        && rule.get() instanceof HTTPRouteRule
        && ((HTTPRouteRule) rule.get()).filters().stream()
            .anyMatch(f -> f.type() == HTTPRouteFilterType.REQUEST_REDIRECT);
  }

  /**
   * The prefix of the rule's one match when it has exactly one and it is a PathPrefix, as
   * ReplacePrefixMatch needs (the spec: any other match makes the rule invalid).
   */
  static Optional<String> singlePathPrefix(RuleDraft draft) {
    Optional<RouteRule> rule = rule(draft);
    if (rule.isEmpty() || !(rule.get() instanceof HTTPRouteRule)) {
      return Optional.empty();
    }
    List<HTTPRouteMatch> matches = ((HTTPRouteRule) rule.get()).matches();
    if (matches.size() != 1 || matches.get(0).path().type() != HTTPPathMatchType.PATH_PREFIX) {
      return Optional.empty();
    }
    return Optional.of(matches.get(0).path().value());
  }

  /**
   * The {@code replaceFullPath} of a ReplaceFullPath modifier, or the rule's PathPrefix for a
   * ReplacePrefixMatch one; empty (and the rule dropped) when the modifier lacks its value or the
   * rule has no single PathPrefix match. {@code at} is the modifier's field path.
   */
  static Optional<String> pathToReplace(HTTPPathModifier modifier, String at, RuleDraft draft) {
    if (modifier.type() == HTTPPathModifierType.REPLACE_FULL_PATH) {
      if (modifier.replaceFullPath().isEmpty()) {
        draft.drop(Reasons.UNSUPPORTED_VALUE, at + ".replaceFullPath: required when type is ReplaceFullPath");
      }
      return modifier.replaceFullPath();
    }
    Optional<String> prefix = singlePathPrefix(draft);
    if (prefix.isEmpty()) {
      draft.drop(
          Reasons.UNSUPPORTED_VALUE,
          at + ".replacePrefixMatch: the rule must have exactly one match, of type PathPrefix, to replace its prefix");
    }
    return prefix;
  }
}
