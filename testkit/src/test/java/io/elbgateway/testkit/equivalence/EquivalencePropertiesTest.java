/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.equivalence;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.ManifestReader;
import io.elbgateway.model.core.Service;
import io.elbgateway.model.elb.ElbKeys;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.Listener;
import io.elbgateway.model.elb.ListenerRule;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.testkit.alb.AlbEvaluator;
import io.elbgateway.testkit.alb.AlbOutcome;
import io.elbgateway.testkit.alb.Forwarded;
import io.elbgateway.testkit.alb.Handled;
import io.elbgateway.testkit.alb.HttpRequest;
import io.elbgateway.testkit.alb.TargetGroupShare;
import io.elbgateway.testkit.gen.Scenario;
import io.elbgateway.testkit.gen.Scenarios;
import io.elbgateway.testkit.property.Gen;
import io.elbgateway.testkit.property.Statistics;
import io.elbgateway.testkit.property.junit.ForAll;
import io.elbgateway.testkit.property.junit.PropertyTest;
import io.elbgateway.translate.AlbQuotas;
import io.elbgateway.translate.Translation;
import io.elbgateway.translate.TranslatorOptions;
import io.elbgateway.translate.Translator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The equivalence properties of ISSUE4 §5 over generated scenarios, 10,000 cases each. A case is
 * one scenario, translated once, with several requests (generated ones, plus requests aimed at each
 * route match).
 */
class EquivalencePropertiesTest {

  private static final Translator TRANSLATOR = Translator.withDefaults();
  private static final AlbQuotas QUOTAS = TranslatorOptions.defaults().quotas();
  private static final int TRIES = 10_000;
  private static final int MAX_PROBES = 12;

  static Gen<EquivCase> cases() {
    return EquivCase.cases();
  }

  /** A scenario, sometimes with one object removed (dangling references, missing namespaces...). */
  static Gen<Scenario> maybeBroken() {
    return Scenarios.alb()
        .flatMap(s -> Gen.integers(-2, s.objects().size() - 1).map(i -> i < 0 ? s : without(s, i)));
  }

  static Gen<ScenarioChange> changes() {
    return Scenarios.alb()
        .flatMap(s -> Gen.zip(Gen.booleans(), Gen.integers(0, 1_000_000), Gen.strings("abcdefghij", 1, 6))
            .map(t -> ScenarioChange.of(s, t.first(), t.second(), t.third())));
  }

  static Gen<Shuffled> shuffled() {
    return maybeBroken().flatMap(s -> Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE).map(seed -> new Shuffled(s, seed)));
  }

  // --- equivalence ---

  @PropertyTest(tries = TRIES, printer = EquivCase.Printer.class)
  void theAlbRoutesLikeTheSpec(@ForAll("cases") EquivCase c) {
    ClusterSnapshot snapshot = c.scenario().snapshot();
    Translation translation = TRANSLATOR.translate(snapshot);
    OutcomeComparison comparison = OutcomeComparison.of(translation, snapshot, c.scenario().gateway());
    List<String> mismatches = new ArrayList<>();
    for (HttpRequest request : requests(snapshot, c)) {
      Comparison result = comparison.compare(request);
      Statistics.classify(result.verdict().name(), true);
      if (result.verdict() == Verdict.EXPLAINED) {
        String why = result.explanation();
        Statistics.classify("explained by " + (why.startsWith("deviation ") ? why.split(" ")[1] : "a status"), true);
      }
      if (!result.acceptable()) {
        mismatches.add(result.describe());
      }
    }
    assertThat(mismatches).as("requests routed unlike the spec").isEmpty();
  }

  // --- attachment security ---

  @PropertyTest(tries = TRIES, printer = EquivCase.Printer.class)
  void trafficReachesOnlyAllowedRoutesAndGrantedBackends(@ForAll("cases") EquivCase c) {
    ClusterSnapshot snapshot = c.scenario().snapshot();
    Translation translation = TRANSLATOR.translate(snapshot);
    Optional<ElbStack> stack = translation.stack(c.scenario().gateway());
    Optional<Gateway> gateway = snapshot.get(c.scenario().gateway()).filter(Gateway.class::isInstance).map(Gateway.class::cast);
    if (stack.isEmpty() || gateway.isEmpty()) {
      return;
    }
    String lbKey = ElbKeys.loadBalancer(c.scenario().gateway());
    for (HttpRequest request : requests(snapshot, c)) {
      AlbOutcome outcome = AlbEvaluator.evaluate(stack.get(), request);
      if (!(outcome instanceof Handled handled) || !(handled.result() instanceof Forwarded forwarded)) {
        continue;
      }
      Statistics.classify("forwarded", true);
      assertThat(handled.ruleKey()).as("a forward from the listener default action, not from a route").isPresent();
      RuleSite site = RuleSite.ofRuleKey(handled.ruleKey().get(), snapshot)
          .orElseThrow(() -> new AssertionError("rule " + handled.ruleKey().get() + " names no route of the snapshot"));
      Route route = EquivAttachment.route(snapshot, site.route()).orElseThrow();
      assertThat(EquivAttachment.mayAttach(snapshot, gateway.get(), route, request.listenerPort()))
          .as("%s reaches route %s through port %d, whose listeners do not let it attach",
              request, site.route().namespacedName(), request.listenerPort())
          .isTrue();
      for (TargetGroupShare share : forwarded.targetGroups()) {
        if (share.share() <= 0) {
          continue;
        }
        String service = OutcomeComparison.service(lbKey, share.targetGroupKey())
            .orElseThrow(() -> new AssertionError("target group " + share.targetGroupKey() + " names no Service"));
        String namespace = service.substring(0, service.indexOf('/'));
        String name = service.substring(service.indexOf('/') + 1, service.lastIndexOf(':'));
        Statistics.classify("cross-namespace backend", !namespace.equals(route.metadata().namespace().orElse("")));
        assertThat(EquivAttachment.mayReference(snapshot, route, namespace, name))
            .as("route %s sends traffic to Service %s/%s without a ReferenceGrant", site.route().namespacedName(), namespace, name)
            .isTrue();
      }
    }
  }

  // --- quotas ---

  @PropertyTest(tries = TRIES, printer = EquivCase.Printer.class)
  void everyRuleRespectsTheQuotas(@ForAll("maybeBroken") Scenario scenario) {
    Translation translation = TRANSLATOR.translate(scenario.snapshot());
    for (ElbStack stack : translation.stacks()) {
      assertThat(stack.rules().size()).as("rules of %s", stack.gateway()).isLessThanOrEqualTo(QUOTAS.rulesPerLoadBalancer());
      for (Listener listener : stack.listeners()) {
        List<Integer> priorities = stack.rulesOf(listener.key()).stream().map(ListenerRule::priority).toList();
        for (int p : priorities) {
          assertThat(p).as("priority on %s", listener.key()).isBetween(1, QUOTAS.maxPriority());
        }
        assertThat(new java.util.HashSet<>(priorities)).as("priorities on %s are unique", listener.key()).hasSameSizeAs(priorities);
      }
      for (ListenerRule rule : stack.rules()) {
        int values = 0;
        int wildcards = 0;
        for (RuleCondition condition : rule.conditions()) {
          List<String> conditionValues = QuotaCounting.values(condition);
          assertThat(conditionValues.size()).as("values of a %s condition of %s", condition.field(), rule.key())
              .isLessThanOrEqualTo(QUOTAS.valuesPerCondition());
          values += conditionValues.size();
          wildcards += QuotaCounting.wildcards(condition);
        }
        assertThat(values).as("condition values of %s", rule.key()).isLessThanOrEqualTo(QUOTAS.conditionValuesPerRule());
        assertThat(wildcards).as("wildcards of %s", rule.key()).isLessThanOrEqualTo(QUOTAS.wildcardsPerRule());
        rule.actions().forEach(a -> a.forwardConfig().ifPresent(f ->
            assertThat(f.targetGroups().size()).as("target groups of a forward of %s", rule.key())
                .isLessThanOrEqualTo(QUOTAS.targetGroupsPerAction())));
      }
    }
  }

  // --- priority stability ---

  @PropertyTest(tries = TRIES)
  void addingOrRemovingARouteMovesNoRuleWhileGapsRemain(@ForAll("changes") ScenarioChange change) {
    Translation first = TRANSLATOR.translate(change.before().snapshot());
    Translation second = TRANSLATOR.translate(change.after().snapshot(), Optional.of(first));
    Statistics.classify(change.added() ? "route added" : "route removed", true);
    for (ElbStack after : second.stacks()) {
      Optional<ElbStack> before = first.stack(after.gateway());
      if (before.isEmpty()) {
        continue;
      }
      for (Listener listener : after.listeners()) {
        PriorityMoves moves = PriorityMoves.of(before.get().rulesOf(listener.key()), after.rulesOf(listener.key()), QUOTAS.maxPriority());
        Statistics.classify("rules moved", moves.moved() > 0);
        Statistics.classify("a gap was full", !moves.gapsHadRoom());
        if (moves.orderKept() && moves.gapsHadRoom()) {
          assertThat(moves.moved())
              .as("rules of %s that kept their key but changed priority (%s), though every gap had room", listener.key(), moves.movedKeys())
              .isZero();
        }
      }
    }
  }

  // --- no exception, determinism ---

  @PropertyTest(tries = TRIES)
  void translationNeverThrowsAndIgnoresObjectOrder(@ForAll("shuffled") Shuffled s) {
    List<KubernetesObject> objects = new ArrayList<>(s.scenario().objects());
    Translation inOrder = TRANSLATOR.translate(ClusterSnapshot.of(objects));
    Collections.shuffle(objects, new Random(s.seed()));
    Translation shuffled = TRANSLATOR.translate(ClusterSnapshot.of(objects));
    assertThat(shuffled).as("the translation of the objects in shuffled order").isEqualTo(inOrder);
  }

  // --- helpers ---

  private static List<HttpRequest> requests(ClusterSnapshot snapshot, EquivCase c) {
    List<HttpRequest> all = new ArrayList<>(c.requests());
    snapshot.get(c.scenario().gateway())
        .filter(Gateway.class::isInstance)
        .ifPresent(g -> all.addAll(ProbeRequests.of(snapshot, (Gateway) g).stream().limit(MAX_PROBES).toList()));
    return all;
  }

  private static Scenario without(Scenario scenario, int index) {
    List<KubernetesObject> objects = new ArrayList<>(scenario.objects());
    if (objects.get(index).key().equals(scenario.gateway())) {
      return scenario;
    }
    objects.remove(index);
    return new Scenario(objects, scenario.gateway());
  }

  /** A scenario and the seed of a shuffle of its objects. */
  record Shuffled(Scenario scenario, long seed) {}

  /** A scenario before and after one route was added or removed. */
  record ScenarioChange(Scenario before, Scenario after, boolean added) {

    private static final ManifestReader READER = ManifestReader.of(KindRegistry.standard());

    static ScenarioChange of(Scenario scenario, boolean remove, int pick, String word) {
      List<Route> routes = scenario.snapshot().routes();
      if (remove && !routes.isEmpty()) {
        ObjectKey gone = routes.get(pick % routes.size()).key();
        List<KubernetesObject> objects = scenario.objects().stream().filter(o -> !o.key().equals(gone)).toList();
        return new ScenarioChange(scenario, new Scenario(objects, scenario.gateway()), false);
      }
      ObjectKey gw = scenario.gateway();
      List<Service> services = scenario.snapshot().all(Service.class).stream()
          .filter(svc -> svc.metadata().namespace().orElse("").equals(gw.namespace()))
          .toList();
      String backend = services.isEmpty()
          ? "{name: missing, port: 80}"
          : "{name: " + services.get(pick % services.size()).metadata().name() + ", port: "
              + services.get(pick % services.size()).spec().ports().stream().findFirst().map(p -> p.port()).orElse(80) + "}";
      String yaml =
          "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: zz-added-" + word + "-" + pick
              + ", namespace: " + gw.namespace() + "}\nspec:\n  parentRefs: [{name: " + gw.name() + "}]\n  rules:\n"
              + "  - matches: [{path: {type: " + (pick % 2 == 0 ? "PathPrefix" : "Exact") + ", value: /" + word + "}}]\n"
              + "    backendRefs: [" + backend + "]\n";
      List<KubernetesObject> objects = new ArrayList<>(scenario.objects());
      objects.addAll(READER.readString(yaml, "added.yaml").objects());
      return new ScenarioChange(scenario, new Scenario(objects, scenario.gateway()), true);
    }
  }

  /** How the rules of one listener moved between two translations. */
  record PriorityMoves(int moved, List<String> movedKeys, boolean orderKept, boolean gapsHadRoom) {

    static PriorityMoves of(List<ListenerRule> before, List<ListenerRule> after, int maxPriority) {
      Map<String, Integer> old = new HashMap<>();
      before.forEach(r -> old.put(r.key(), r.priority()));
      List<ListenerRule> sorted = after.stream().sorted((a, b) -> Integer.compare(a.priority(), b.priority())).toList();
      List<String> moved = sorted.stream()
          .filter(r -> old.containsKey(r.key()) && old.get(r.key()) != r.priority())
          .map(ListenerRule::key)
          .collect(Collectors.toList());
      // The kept rules in the new order must have had increasing old priorities.
      int last = 0;
      boolean orderKept = true;
      for (ListenerRule r : sorted) {
        if (old.containsKey(r.key())) {
          orderKept &= old.get(r.key()) > last;
          last = old.get(r.key());
        }
      }
      // Each run of new rules sits between kept neighbours: did their old gap hold the run?
      boolean room = true;
      int previous = 0;
      int run = 0;
      for (ListenerRule r : sorted) {
        if (old.containsKey(r.key())) {
          room &= old.get(r.key()) - previous - 1 >= run;
          previous = old.get(r.key());
          run = 0;
        } else {
          run++;
        }
      }
      room &= maxPriority - previous >= run;
      return new PriorityMoves(moved.size(), moved, orderKept, room);
    }
  }
}
