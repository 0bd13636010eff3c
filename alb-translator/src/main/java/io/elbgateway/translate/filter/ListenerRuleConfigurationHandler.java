/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.filter;

import io.elbgateway.model.aws.Action;
import io.elbgateway.model.aws.AwsKinds;
import io.elbgateway.model.aws.FixedResponseActionConfig;
import io.elbgateway.model.aws.ListenerRuleCondition;
import io.elbgateway.model.aws.ListenerRuleConditionField;
import io.elbgateway.model.aws.ListenerRuleConfiguration;
import io.elbgateway.model.core.Secret;
import io.elbgateway.model.elb.ActionType;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.gateway.GRPCRoute;
import io.elbgateway.model.meta.LocalObjectReference;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.spi.ExtensionRefHandler;
import io.elbgateway.translate.spi.RuleDraft;
import io.elbgateway.translate.status.Reasons;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * ExtensionRef to a {@code gateway.k8s.aws} ListenerRuleConfiguration (lbc-gateway.md §2.3): the
 * configuration in the route's namespace adds AWS-only features to the ALB rules of the route rule.
 *
 * <ul>
 *   <li>{@code fixed-response} → the rule's routing action (it replaces the forward);
 *   <li>{@code forward} → group stickiness on the forward;
 *   <li>{@code redirect} → the query of the rule's RequestRedirect filter (read by that filter's
 *       handler); without a RequestRedirect filter the rule is dropped ({@code IncompatibleFilters});
 *   <li>{@code authenticate-oidc}, {@code authenticate-cognito}, {@code jwt-validation} → an action
 *       before routing, on HTTPS listeners. On an HTTP listener (or for a GRPCRoute, whose gRPC
 *       target groups take only forward actions) the rule fails closed: it answers HTTP 500 and the
 *       route's status says why, never serving the requests unauthenticated. OIDC client
 *       credentials stay in their Secret: the action only names it.
 *   <li>{@code conditions} ({@code source-ip}) → extra conditions on the ALB rules of the matches
 *       {@code matchIndexes} names (all when absent);
 *   <li>{@code tags} → tags of the ALB rules.
 * </ul>
 *
 * A configuration that does not exist, or is not valid (its OIDC Secret is missing, say), makes
 * the rule fail closed with {@code ResolvedRefs=False/BackendNotFound}, and an invalid one gets
 * {@code status.accepted=false}. A rule may use at most one ListenerRuleConfiguration; with more it
 * is dropped ({@code IncompatibleFilters}).
 */
final class ListenerRuleConfigurationHandler implements ExtensionRefHandler {

  /** The longest fixed-response body (alb-elbv2.md §2.4). */
  static final int MAX_MESSAGE_BODY = 1024;

  @Override
  public String group() {
    return AwsKinds.GROUP;
  }

  @Override
  public String kind() {
    return DraftedRule.LISTENER_RULE_CONFIGURATION;
  }

  @Override
  public void apply(LocalObjectReference ref, String path, RuleDraft draft) {
    List<DraftedRule.FilterRef> refs = DraftedRule.listenerRuleConfigurationRefs(draft);
    if (refs.size() > 1) {
      String which = refs.stream().map(r -> "filters[" + r.index() + "]").collect(Collectors.joining(", "));
      draft.drop(
          Reasons.INCOMPATIBLE_FILTERS,
          draft.rulePath()
              + ".filters: a rule can use at most one ListenerRuleConfiguration (has "
              + refs.size()
              + ": "
              + which
              + "); merge them into one");
      return;
    }
    String namespace = DraftedRule.namespace(draft);
    String display = namespace + "/" + ref.name();
    Optional<ListenerRuleConfiguration> found =
        draft.snapshot().get(ListenerRuleConfiguration.class, namespace, ref.name());
    if (found.isEmpty()) {
      String message =
          path
              + ": ListenerRuleConfiguration "
              + display
              + " does not exist; create it in namespace "
              + namespace
              + " or remove the filter. Requests matching the rule get HTTP 500 until then";
      unresolved(message, draft);
      return;
    }
    ListenerRuleConfiguration lrc = found.get();
    List<String> problems = problems(lrc, draft.snapshot());
    if (!problems.isEmpty()) {
      String problemText = String.join("; ", problems);
      draft.statuses().listenerRuleConfiguration(lrc, false, problemText);
      String message =
          path
              + ": ListenerRuleConfiguration "
              + display
              + " is not valid: "
              + problemText
              + ". Requests matching the rule get HTTP 500 until it is fixed";
      unresolved(message, draft);
      return;
    }
    draft.statuses().listenerRuleConfiguration(lrc, true, "");
    List<Action> actions = lrc.spec().actions();
    for (int k = 0; k < actions.size(); k++) {
      action(actions.get(k), path + " (ListenerRuleConfiguration " + display + " .spec.actions[" + k + "])", namespace, draft);
    }
    for (ListenerRuleCondition condition : lrc.spec().conditions()) {
      condition.sourceIPConfig()
          .ifPresent(
              config ->
                  draft.addCondition(
                      RuleCondition.sourceIp(config.values()),
                      condition.matchIndexes().map(indexes -> (Set<Integer>) new TreeSet<>(indexes))));
    }
    if (!lrc.spec().tags().isEmpty()) {
      draft.putTags(new TreeMap<>(lrc.spec().tags()));
    }
  }

  /**
   * The configuration cannot be used: the rule answers 500 and the route says
   * {@code ResolvedRefs=False/BackendNotFound} (the spec's reason for a referenced object that is
   * not there; an invalid configuration is as unusable as a missing one).
   */
  private static void unresolved(String message, RuleDraft draft) {
    draft.failClosed(Reasons.BACKEND_NOT_FOUND, message);
    draft.unresolvedRef(Reasons.BACKEND_NOT_FOUND, message);
  }

  private static void action(Action action, String at, String namespace, RuleDraft draft) {
    switch (action.type()) {
      case FIXED_RESPONSE:
        draft.routingAction(ListenerRuleConfigurationActions.fixedResponse(action.fixedResponseConfig().get()), at);
        break;
      case FORWARD:
        draft.forwardStickiness(
            ListenerRuleConfigurationActions.stickiness(action.forwardConfig().get().targetGroupStickinessConfig()));
        break;
      case REDIRECT:
        if (!DraftedRule.hasRequestRedirect(draft)) {
          draft.drop(
              Reasons.INCOMPATIBLE_FILTERS,
              at
                  + ": a redirect action only sets the query of a RequestRedirect filter in the same rule, and the rule"
                  + " has none; add a RequestRedirect filter or remove the action");
        }
        break;
      default:
        preRouting(action, at, namespace, draft);
        break;
    }
  }

  private static void preRouting(Action action, String at, String namespace, RuleDraft draft) {
    if (draft.route() instanceof GRPCRoute) {
      draft.failClosed(
          Reasons.UNSUPPORTED_VALUE,
          at
              + ": "
              + action.type()
              + " cannot be used on a GRPCRoute: ALB allows only forward actions in front of gRPC target groups."
              + " Requests matching the rule get HTTP 500; authenticate in the gRPC service instead");
      return;
    }
    if (!draft.https()) {
      draft.failClosed(
          Reasons.UNSUPPORTED_VALUE,
          at
              + ": "
              + action.type()
              + " needs an HTTPS listener (ALB authenticates only on HTTPS), so requests matching the rule on this"
              + " HTTP listener get HTTP 500 rather than pass unauthenticated. Attach the route only to HTTPS"
              + " listeners (parentRefs sectionName) and redirect HTTP to HTTPS");
      return;
    }
    switch (action.type()) {
      case AUTHENTICATE_OIDC:
        draft.addPreRoutingAction(
            ListenerRuleConfigurationActions.authenticateOidc(action.authenticateOIDCConfig().get(), namespace));
        break;
      case AUTHENTICATE_COGNITO:
        draft.addPreRoutingAction(
            ListenerRuleConfigurationActions.authenticateCognito(action.authenticateCognitoConfig().get()));
        break;
      default:
        draft.addPreRoutingAction(ListenerRuleConfigurationActions.jwtValidation(action.jwtValidationConfig().get()));
        break;
    }
  }

  /**
   * What makes the configuration unusable, each naming its field: the CRD's rules (checked again,
   * since the translator never trusts its input to be validated), ALB's limits, and the OIDC
   * Secret's existence.
   */
  static List<String> problems(ListenerRuleConfiguration lrc, ClusterSnapshot snapshot) {
    String namespace = lrc.metadata().namespace().orElse("");
    List<String> problems = new ArrayList<>();
    List<Action> actions = lrc.spec().actions();
    long routing = actions.stream().filter(Action::routing).count();
    long preRouting = actions.stream().filter(Action::preRouting).count();
    if (routing > 1) {
      problems.add(".spec.actions: at most one forward, redirect or fixed-response action (has " + routing + ")");
    }
    if (preRouting > 1) {
      problems.add(
          ".spec.actions: at most one authenticate-oidc, authenticate-cognito or jwt-validation action (has "
              + preRouting
              + ")");
    }
    for (int k = 0; k < actions.size(); k++) {
      Action action = actions.get(k);
      String at = ".spec.actions[" + k + "]";
      if (!hasOwnConfig(action)) {
        problems.add(at + ": type " + action.type() + " needs its config block (" + configName(action.type()) + ")");
        continue;
      }
      if (action.type() == ActionType.FIXED_RESPONSE) {
        FixedResponseActionConfig config = action.fixedResponseConfig().get();
        int code = config.statusCode();
        if (!((code >= 200 && code <= 299) || (code >= 400 && code <= 599))) {
          problems.add(at + ".fixedResponseConfig.statusCode: must be 200-299 or 400-599 (is " + code + ")");
        }
        int body = config.messageBody().map(String::length).orElse(0);
        if (body > MAX_MESSAGE_BODY) {
          problems.add(
              at + ".fixedResponseConfig.messageBody: ALB allows at most " + MAX_MESSAGE_BODY + " characters (has " + body + ")");
        }
      }
      if (action.type() == ActionType.FORWARD) {
        io.elbgateway.model.aws.TargetGroupStickinessConfig stickiness =
            action.forwardConfig().get().targetGroupStickinessConfig();
        int seconds = stickiness.durationSeconds();
        if (stickiness.enabled() && (seconds < 1 || seconds > RuleFilters.MAX_STICKINESS_SECONDS)) {
          problems.add(
              at + ".forwardConfig.targetGroupStickinessConfig.durationSeconds: must be 1-604800 (is " + seconds + ")");
        }
      }
      if (action.type() == ActionType.AUTHENTICATE_OIDC) {
        String secret = action.authenticateOIDCConfig().get().secret().name();
        if (snapshot.get(Secret.class, namespace, secret).isEmpty()) {
          problems.add(
              at
                  + ".authenticateOIDCConfig.secret.name: Secret "
                  + namespace
                  + "/"
                  + secret
                  + " does not exist; create it with the keys clientID and clientSecret");
        }
      }
    }
    List<ListenerRuleCondition> conditions = lrc.spec().conditions();
    for (int c = 0; c < conditions.size(); c++) {
      ListenerRuleCondition condition = conditions.get(c);
      boolean sourceIp = condition.field() == ListenerRuleConditionField.SOURCE_IP;
      if (sourceIp && condition.sourceIPConfig().map(s -> s.values().isEmpty()).orElse(true)) {
        problems.add(".spec.conditions[" + c + "].sourceIPConfig.values: a source-ip condition needs at least one CIDR");
      }
    }
    return problems;
  }

  private static boolean hasOwnConfig(Action action) {
    switch (action.type()) {
      case FORWARD:
        return action.forwardConfig().isPresent();
      case REDIRECT:
        return action.redirectConfig().isPresent();
      case FIXED_RESPONSE:
        return action.fixedResponseConfig().isPresent();
      case AUTHENTICATE_OIDC:
        return action.authenticateOIDCConfig().isPresent();
      case AUTHENTICATE_COGNITO:
        return action.authenticateCognitoConfig().isPresent();
      default:
        return action.jwtValidationConfig().isPresent();
    }
  }

  private static String configName(ActionType type) {
    switch (type) {
      case FORWARD:
        return "forwardConfig";
      case REDIRECT:
        return "redirectConfig";
      case FIXED_RESPONSE:
        return "fixedResponseConfig";
      case AUTHENTICATE_OIDC:
        return "authenticateOIDCConfig";
      case AUTHENTICATE_COGNITO:
        return "authenticateCognitoConfig";
      default:
        return "jwtValidationConfig";
    }
  }
}
