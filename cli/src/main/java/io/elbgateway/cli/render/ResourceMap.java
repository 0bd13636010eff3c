/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli.render;

import io.elbgateway.model.elb.Action;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.Listener;
import io.elbgateway.model.elb.ListenerRule;
import io.elbgateway.model.elb.LoadBalancerType;
import io.elbgateway.model.elb.TargetDescription;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.model.elb.TargetGroupTuple;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.model.status.Condition;
import io.elbgateway.model.status.GatewayStatus;
import io.elbgateway.model.status.ListenerStatus;
import io.elbgateway.model.status.RouteParentStatus;
import io.elbgateway.translate.Translation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The resource map of a translation, like the AWS console's Resource Map: each load balancer, its
 * listeners, their rules in priority order (conditions and actions in words) and default actions,
 * the target groups they forward to (with weights) and their targets. What the translation refused
 * is drawn too, in red with its reason: a route's rules beside the listener they were meant for
 * (or alone, when their Gateway does not exist), a Gateway listener beside its load balancer.
 *
 * <p>Nodes come in a fixed order (stacks by Gateway, listeners by port, rules by priority, target
 * groups as first used), so the same manifests always give the same map.
 */
public final class ResourceMap {

  /** Text wider than this is wrapped or cut, so that it fits a box. */
  static final int TEXT_WIDTH = 40;

  private final Map<String, MapNode> nodes = new LinkedHashMap<>();
  private final List<MapEdge> edges = new ArrayList<>();

  private ResourceMap() {}

  /** The map of {@code translation}; {@code snapshot} tells which Gateway listener is on which port. */
  public static ResourceMap of(Translation translation, ClusterSnapshot snapshot) {
    ResourceMap map = new ResourceMap();
    List<ElbStack> stacks = new ArrayList<>(translation.stacks());
    stacks.sort(Comparator.comparing(ElbStack::gateway));
    for (ElbStack stack : stacks) {
      map.add(stack, translation, snapshot);
    }
    map.addGatewaysWithoutStack(translation, stacks);
    map.addRoutesWithoutGateway(translation, stacks);
    return map;
  }

  /** Every node, in drawing order. */
  public List<MapNode> nodes() {
    return List.copyOf(nodes.values());
  }

  /** Every edge. */
  public List<MapEdge> edges() {
    return List.copyOf(edges);
  }

  /** The nodes of one column, in drawing order. */
  public List<MapNode> column(MapColumn column) {
    return nodes.values().stream().filter(n -> n.column() == column).collect(Collectors.toList());
  }

  private void add(ElbStack stack, Translation translation, ClusterSnapshot snapshot) {
    String lbId = "lb:" + stack.loadBalancer().key();
    List<String> lbLines = new ArrayList<>();
    lbLines.add("Gateway " + stack.gateway().namespacedName());
    lbLines.add(stack.loadBalancer().scheme() + ", " + stack.loadBalancer().ipAddressType());
    stack.loadBalancer().webAclArn().ifPresent(acl -> lbLines.add("WAF web ACL " + Words.shorten(lastPart(acl, 2).split("/")[0], 28)));
    node(lbId, MapColumn.LOAD_BALANCER,
        (stack.loadBalancer().type() == LoadBalancerType.NETWORK ? "NLB " : "ALB ") + stack.loadBalancer().name(), lbLines, false);

    List<Listener> listeners = new ArrayList<>(stack.listeners());
    listeners.sort(Comparator.comparingInt(Listener::port).thenComparing(Listener::key));
    for (Listener listener : listeners) {
      String listenerId = "listener:" + listener.key();
      List<String> lines = new ArrayList<>();
      listener.defaultCertificate().ifPresent(c -> lines.add("certificate " + Words.shorten(lastPart(c.certificateArn(), 1), 28)));
      listener.certificateHostnames().forEach(h -> lines.add("certificate for " + h + " (from ACM)"));
      listener.sslPolicy().ifPresent(p -> lines.add(Words.shorten(p, TEXT_WIDTH)));
      node(listenerId, MapColumn.LISTENER, listener.protocol() + ":" + listener.port(), lines, false);
      edge(lbId, listenerId, "");
      List<ListenerRule> rules = new ArrayList<>(stack.rulesOf(listener.key()));
      rules.sort(Comparator.comparingInt(ListenerRule::priority));
      for (ListenerRule rule : rules) {
        String ruleId = "rule:" + rule.key();
        List<String> ruleLines = new ArrayList<>();
        Words.conditions(rule.conditions()).forEach(l -> ruleLines.addAll(indentWrapped(l)));
        Words.actions(rule.actions(), t -> targetGroupName(stack, t)).forEach(l -> ruleLines.addAll(indentWrapped(l)));
        node(ruleId, MapColumn.RULE, "Priority " + rule.priority(), ruleLines, false);
        edge(listenerId, ruleId, "");
        forwards(stack, ruleId, rule.actions());
      }
      String defaultId = "default:" + listener.key();
      List<String> defaultLines = new ArrayList<>();
      Words.actions(listener.defaultActions(), t -> targetGroupName(stack, t)).forEach(l -> defaultLines.addAll(indentWrapped(l)));
      node(defaultId, MapColumn.RULE, rules.isEmpty() ? "Default action" : "Default (last)", defaultLines, false);
      edge(listenerId, defaultId, "");
      forwards(stack, defaultId, listener.defaultActions());
    }
    stack.targetGroups().forEach(tg -> targetGroup(stack, tg.key()));

    Optional<Gateway> gateway = snapshot.get(Gateway.class, stack.gateway().namespace(), stack.gateway().name());
    Optional<GatewayStatus> status = Optional.ofNullable(translation.gatewayStatuses().get(stack.gateway()));
    for (ListenerStatus listener : status.map(GatewayStatus::listeners).orElse(List.of())) {
      List<Condition> failed = listener.conditions().stream().filter(FailedConditions::failed).collect(Collectors.toList());
      if (!failed.isEmpty()) {
        String id = "failed-listener:" + stack.gateway().namespacedName() + ":" + listener.name();
        node(id, MapColumn.LISTENER, "Gateway listener " + listener.name(), reasons(failed), true);
        edge(lbId, id, "");
      }
    }
    translation.routeStatuses().forEach((route, routeStatus) -> {
      for (RouteParentStatus parent : routeStatus.parents()) {
        if (!gatewayOf(route, parent.parentRef()).equals(stack.gateway().namespacedName())) {
          continue;
        }
        List<Condition> failed = parent.conditions().stream().filter(FailedConditions::failed).collect(Collectors.toList());
        if (failed.isEmpty()) {
          continue;
        }
        String id = "failed-route:" + route.display() + ":" + parent.parentRef().sectionName().orElse("") + ":" + parent.parentRef().port().map(String::valueOf).orElse("");
        node(id, MapColumn.RULE, route.display(), reasons(failed), true);
        List<String> from = listenersFor(stack, gateway, parent.parentRef());
        if (from.isEmpty()) {
          edge(lbId, id, "");
        }
        from.forEach(l -> edge(l, id, ""));
      }
    });
  }

  /** Gateways the translation refused as a whole: a red load balancer with the reasons. */
  private void addGatewaysWithoutStack(Translation translation, List<ElbStack> stacks) {
    translation.gatewayStatuses().forEach((gateway, status) -> {
      if (stacks.stream().anyMatch(s -> s.gateway().equals(gateway))) {
        return;
      }
      List<Condition> failed = status.conditions().stream().filter(FailedConditions::failed).collect(Collectors.toList());
      if (!failed.isEmpty()) {
        node("failed-gateway:" + gateway.namespacedName(), MapColumn.LOAD_BALANCER, gateway.display(), reasons(failed), true);
      }
    });
  }

  /** Routes whose parent Gateway has no load balancer: drawn alone, in red, with the reason. */
  private void addRoutesWithoutGateway(Translation translation, List<ElbStack> stacks) {
    translation.routeStatuses().forEach((route, routeStatus) -> {
      for (RouteParentStatus parent : routeStatus.parents()) {
        String gateway = gatewayOf(route, parent.parentRef());
        if (stacks.stream().anyMatch(s -> s.gateway().namespacedName().equals(gateway))) {
          continue;
        }
        List<Condition> failed = parent.conditions().stream().filter(FailedConditions::failed).collect(Collectors.toList());
        if (!failed.isEmpty()) {
          String id = "failed-route:" + route.display() + ":" + gateway + ":" + parent.parentRef().sectionName().orElse("");
          node(id, MapColumn.RULE, route.display(), reasons(failed), true);
        }
      }
    });
  }

  private static String gatewayOf(ObjectKey route, ParentReference parent) {
    return parent.namespace().orElse(route.namespace()) + "/" + parent.name();
  }

  /** The ids of the ELB listeners a parentRef means: by section name's port, by port, or none (all). */
  private List<String> listenersFor(ElbStack stack, Optional<Gateway> gateway, ParentReference parent) {
    Optional<Integer> port = parent.port().or(() -> parent.sectionName().flatMap(section -> gateway.flatMap(g ->
        g.spec().listeners().stream().filter(l -> l.name().equals(section)).map(l -> l.port()).findFirst())));
    if (port.isEmpty()) {
      return List.of();
    }
    return stack.listeners().stream()
        .filter(l -> l.port() == port.get())
        .map(l -> "listener:" + l.key())
        .collect(Collectors.toList());
  }

  private void forwards(ElbStack stack, String from, List<Action> actions) {
    for (Action action : actions) {
      if (action.forwardConfig().isEmpty()) {
        continue;
      }
      List<TargetGroupTuple> groups = action.forwardConfig().get().targetGroups();
      int total = groups.stream().mapToInt(t -> t.weight().orElse(1)).sum();
      for (TargetGroupTuple tuple : groups) {
        String to = tuple.targetGroupKey().map(key -> targetGroup(stack, key)).orElseGet(() -> existingTargetGroup(tuple.targetGroupName().orElse("")));
        String label = "";
        if (groups.size() > 1) {
          int weight = tuple.weight().orElse(1);
          label = "weight " + weight + (total > 0 ? " (" + Math.round(100.0 * weight / total) + "%)" : "");
        }
        edge(from, to, label);
      }
    }
  }

  /** The node of a managed target group and its targets, added on first use; its id. */
  private String targetGroup(ElbStack stack, String key) {
    String id = "tg:" + key;
    if (nodes.containsKey(id)) {
      return id;
    }
    Optional<TargetGroup> found = stack.targetGroup(key);
    if (found.isEmpty()) {
      node(id, MapColumn.TARGET_GROUP, Words.shorten(key, TEXT_WIDTH), List.of("not in the desired state"), true);
      return id;
    }
    TargetGroup tg = found.get();
    List<String> lines = new ArrayList<>();
    lines.add(tg.protocol().map(Object::toString).orElse("") + tg.port().map(p -> ":" + p).orElse("") + ", " + tg.targetType() + " targets"
        + tg.protocolVersion().map(v -> ", " + v).orElse(""));
    tg.healthCheckPath().ifPresent(path -> lines.add("health check " + tg.healthCheckProtocol().map(p -> p + " ").orElse("") + Words.shorten(path, 24)));
    lines.add(tg.targets().size() + (tg.targets().size() == 1 ? " target" : " targets"));
    node(id, MapColumn.TARGET_GROUP, tg.name(), lines, false);
    for (TargetDescription target : tg.targets()) {
      String targetId = "target:" + key + ":" + target.id() + ":" + target.port().map(String::valueOf).orElse("");
      node(targetId, MapColumn.TARGET, Words.shorten(target.id(), TEXT_WIDTH - 6) + target.port().map(p -> ":" + p).orElse(""),
          target.availabilityZone().map(List::of).orElse(List.of()), false);
      edge(id, targetId, "");
    }
    return id;
  }

  private String existingTargetGroup(String name) {
    String id = "tg-name:" + name;
    if (!nodes.containsKey(id)) {
      node(id, MapColumn.TARGET_GROUP, name, List.of("existing target group", "(not managed by elbgateway)"), false);
    }
    return id;
  }

  private static String targetGroupName(ElbStack stack, TargetGroupTuple tuple) {
    return tuple.targetGroupKey()
        .map(key -> stack.targetGroup(key).map(TargetGroup::name).orElse(key))
        .orElseGet(() -> tuple.targetGroupName().orElse("?"));
  }

  private static List<String> reasons(List<Condition> failed) {
    List<String> lines = new ArrayList<>();
    for (Condition condition : failed) {
      lines.addAll(Words.wrap("not programmed: " + FailedConditions.describe(condition), TEXT_WIDTH));
    }
    if (lines.size() > 12) {
      List<String> cut = new ArrayList<>(lines.subList(0, 12));
      cut.add("\u2026");
      return cut;
    }
    return lines;
  }

  private static List<String> indentWrapped(String line) {
    List<String> wrapped = Words.wrap(line, TEXT_WIDTH);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < wrapped.size(); i++) {
      out.add(i == 0 ? wrapped.get(i) : "  " + wrapped.get(i));
    }
    return out;
  }

  private static String lastPart(String arn, int parts) {
    String[] split = arn.split("/");
    if (split.length <= parts) {
      return arn;
    }
    return String.join("/", java.util.Arrays.asList(split).subList(split.length - parts, split.length));
  }

  private void node(String id, MapColumn column, String title, List<String> lines, boolean failed) {
    nodes.putIfAbsent(id, new MapNode(id, column, Words.shorten(title, TEXT_WIDTH), lines, failed));
  }

  private void edge(String from, String to, String label) {
    MapEdge edge = new MapEdge(from, to, label);
    if (!edges.contains(edge)) {
      edges.add(edge);
    }
  }
}
