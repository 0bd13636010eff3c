/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate;

import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.ImmutableElbStack;
import io.elbgateway.model.elb.Listener;
import io.elbgateway.model.elb.ListenerRule;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.GatewayApiKinds;
import io.elbgateway.model.gateway.GatewayClass;
import io.elbgateway.model.gateway.ListenerSet;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.attach.ListenerPort;
import io.elbgateway.translate.attach.ListenerResolver;
import io.elbgateway.translate.attach.RouteAttacher;
import io.elbgateway.translate.filter.BuiltInFilters;
import io.elbgateway.translate.filter.ListenerRuleConfigurationStatuses;
import io.elbgateway.translate.http.GappedPriorityAllocator;
import io.elbgateway.translate.http.ListenerRules;
import io.elbgateway.translate.l4.NetworkGateways;
import io.elbgateway.translate.lb.GatewayClasses;
import io.elbgateway.translate.lb.LoadBalancerConfigurationResolution;
import io.elbgateway.translate.lb.LoadBalancerConfigurations;
import io.elbgateway.translate.lb.LoadBalancers;
import io.elbgateway.translate.lb.Listeners;
import io.elbgateway.translate.spi.BackendResolver;
import io.elbgateway.translate.spi.ExtensionRefHandler;
import io.elbgateway.translate.spi.FilterHandler;
import io.elbgateway.translate.spi.PriorityAllocator;
import io.elbgateway.translate.spi.TargetGroupNamer;
import io.elbgateway.translate.spi.TranslatorPlugin;
import io.elbgateway.translate.status.Problem;
import io.elbgateway.translate.status.Reasons;
import io.elbgateway.translate.status.StatusCollector;
import io.elbgateway.translate.targets.HashedTargetGroupNamer;
import io.elbgateway.translate.targets.ServiceBackends;
import io.elbgateway.translate.targets.TargetGroupNameBackends;
import io.elbgateway.translate.targets.TargetGroupRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.ServiceLoader;

/**
 * Turns a {@link ClusterSnapshot} into a {@link Translation}: the desired ALB of every Gateway whose
 * GatewayClass names one of this translator's controllers, and every status the Gateway API asks
 * for.
 *
 * <p>A pure function: no I/O, no clock, no randomness. The same snapshot gives the same
 * translation, whatever order its objects came in. A translator is immutable and may be used from
 * many threads at once. It never throws on user input: what cannot be translated becomes a status
 * condition on the object that asked for it, and the rest still translates.
 *
 * <pre>{@code
 * Translator translator = Translator.builder().options(TranslatorOptions.builder().clusterName("prod").build()).build();
 * Translation translation = translator.translate(snapshot);
 * }</pre>
 */
public final class Translator {

  private final TranslatorOptions options;
  private final Plugins plugins;

  private Translator(TranslatorOptions options, Plugins plugins) {
    this.options = options;
    this.plugins = plugins;
  }

  /** A translator with the default options and the built-in plugins (plus any ServiceLoader finds). */
  public static Translator withDefaults() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The handlers this translator runs with. */
  Plugins plugins() {
    return plugins;
  }

  /** The options this translator runs with. */
  public TranslatorOptions options() {
    return options;
  }

  /** Translates a snapshot with no previous translation (priorities are laid out afresh). */
  public Translation translate(ClusterSnapshot snapshot) {
    return translate(snapshot, Optional.empty());
  }

  /**
   * Translates a snapshot, keeping rule priorities of {@code previous} where they can stay, so that
   * a small change to the routes moves few rules.
   */
  public Translation translate(ClusterSnapshot snapshot, Optional<Translation> previous) {
    StatusCollector statuses = new StatusCollector();
    ImmutableTranslation.Builder translation = Translation.builder();
    ListenerRuleConfigurationStatuses.report(snapshot, statuses);
    for (GatewayClass gatewayClass : snapshot.all(GatewayClass.class)) {
      String controllerName = gatewayClass.spec().controllerName();
      boolean alb = options.controllerNames().contains(controllerName);
      boolean nlb = !alb && options.nlbControllerNames().contains(controllerName);
      if (!alb && !nlb) {
        continue;
      }
      Optional<Problem> problem = GatewayClasses.check(gatewayClass, snapshot);
      statuses.gatewayClass(
          gatewayClass,
          problem.isEmpty(),
          problem.map(Problem::reason).orElse(Reasons.ACCEPTED),
          problem.map(Problem::message).orElse(""),
          alb ? SupportedFeatures.ALB : SupportedFeatures.NLB);
      if (problem.isPresent()) {
        continue;
      }
      for (Gateway gateway : snapshot.gatewaysOfClass(gatewayClass.metadata().name())) {
        Optional<ElbStack> before = previous.flatMap(p -> p.stack(gateway.key()));
        Optional<GatewayContext> context = context(snapshot, gatewayClass, gateway, before, statuses);
        if (context.isEmpty()) {
          continue;
        }
        if (alb) {
          translateGateway(context.get(), translation);
        } else {
          translation.addStacks(NetworkGateways.translate(context.get()));
          translation.putRuleCount(gateway.key(), RuleCount.of(0, 0));
        }
      }
    }
    reportMissingParents(snapshot, statuses);
    statuses.fill(translation);
    return translation.build();
  }

  /**
   * What every stage of one Gateway's translation reads; empty, with the Gateway rejected, when its
   * LoadBalancerConfigurations cannot be resolved ({@code InvalidParameters}).
   */
  private Optional<GatewayContext> context(
      ClusterSnapshot snapshot,
      GatewayClass gatewayClass,
      Gateway gateway,
      Optional<ElbStack> previous,
      StatusCollector statuses) {
    LoadBalancerConfigurationResolution configuration =
        LoadBalancerConfigurations.resolve(snapshot, gatewayClass, gateway);
    if (configuration.problem().isPresent()) {
      Problem problem = configuration.problem().get();
      statuses.gateway(gateway).rejected(problem.reason(), problem.message());
      for (ListenerSet set : snapshot.listenerSetsFor(gateway.key())) {
        statuses.listenerSet(set).parentNotAccepted(
            "Gateway " + gateway.key().namespacedName() + " is not accepted (" + problem.reason() + "), so no"
                + " ListenerSet adds listeners to it; see the Gateway's status");
      }
      return Optional.empty();
    }
    return Optional.of(
        new GatewayContext(
            snapshot,
            options,
            plugins,
            gateway,
            gatewayClass,
            configuration.spec().orElse(LoadBalancerConfigurationSpec.builder().build()),
            previous,
            statuses));
  }

  /** A Gateway whose GatewayClass makes an Application Load Balancer. */
  private void translateGateway(GatewayContext context, ImmutableTranslation.Builder translation) {
    List<ListenerPort> ports = RouteAttacher.attach(context, ListenerResolver.resolve(context));
    List<Listener> listeners = Listeners.build(context, ports);
    TargetGroupRegistry targets = new TargetGroupRegistry(context);
    Map<String, List<ListenerRule>> rules = ListenerRules.build(context, ports, targets);
    ImmutableElbStack.Builder stack =
        ElbStack.builder()
            .gateway(context.gateway().key())
            .loadBalancer(LoadBalancers.build(context))
            .addAllListeners(listeners);
    // A port the listener quota left out has no ELB listener, so none of its rules.
    listeners.forEach(listener -> stack.addAllRules(rules.getOrDefault(listener.key(), List.of())));
    // Only target groups some action forwards to: a rule the budget dropped leaves none behind.
    ImmutableElbStack withoutTargetGroups = stack.build();
    Set<String> used = withoutTargetGroups.referencedTargetGroupKeys();
    translation.addStacks(
        withoutTargetGroups.withTargetGroups(
            targets.targetGroups().stream().filter(t -> used.contains(t.key())).toList()));
    translation.putRuleCount(
        context.gateway().key(), RuleCount.of(ListenerRules.ruleCount(rules), ListenerRules.lbcRuleCount(ports)));
  }

  /**
   * Routes whose parentRefs name a Gateway that does not exist get {@code Accepted=False/NoMatchingParent}
   * for that parent, so that a misspelled Gateway name is visible on the route. (The spec leaves
   * non-existent parents unlisted; this controller writes the entry with its first controller name,
   * since no other controller can own a Gateway that does not exist.)
   */
  private void reportMissingParents(ClusterSnapshot snapshot, StatusCollector statuses) {
    String controllerName = options.controllerNames().stream().sorted().findFirst().orElse("");
    for (Route route : snapshot.routes()) {
      String namespace = route.metadata().namespace().orElse("");
      List<ParentReference> parentRefs = route.parentRefs();
      for (int i = 0; i < parentRefs.size(); i++) {
        ParentReference parentRef = parentRefs.get(i);
        boolean namesGateway =
            parentRef.group().equals(GatewayApiKinds.GROUP) && parentRef.kind().equals("Gateway");
        ObjectKey parent = ClusterSnapshot.parentKey(parentRef, namespace);
        if (namesGateway && snapshot.get(parent).isEmpty()) {
          List<String> there =
              snapshot.all(Gateway.class).stream()
                  .filter(g -> g.metadata().namespace().orElse("").equals(parent.namespace()))
                  .map(g -> g.metadata().name())
                  .toList();
          statuses
              .routeParent(route, parentRef, controllerName)
              .notAccepted(
                  Reasons.NO_MATCHING_PARENT,
                  ".spec.parentRefs[" + i + "]: Gateway " + parent.namespacedName() + " does not exist"
                      + (there.isEmpty()
                          ? "; namespace " + parent.namespace() + " has no Gateway"
                          : "; Gateways in namespace " + parent.namespace() + ": " + String.join(", ", there)));
        }
      }
    }
  }

  /** Builds a {@link Translator}. */
  public static final class Builder {
    private TranslatorOptions options = TranslatorOptions.defaults();
    private final List<TranslatorPlugin> plugins = new ArrayList<>();
    private final List<FilterHandler> filterHandlers = new ArrayList<>();
    private final List<ExtensionRefHandler> extensionRefHandlers = new ArrayList<>();
    private final List<BackendResolver> backendResolvers = new ArrayList<>();
    private TargetGroupNamer targetGroupNamer = new HashedTargetGroupNamer();
    private PriorityAllocator priorityAllocator = new GappedPriorityAllocator();
    private boolean serviceLoader = true;

    private Builder() {}

    public Builder options(TranslatorOptions options) {
      this.options = options;
      return this;
    }

    /** Adds a plugin's handlers; they replace built-in handlers of the same type or kind. */
    public Builder plugin(TranslatorPlugin plugin) {
      plugins.add(plugin);
      return this;
    }

    public Builder filterHandler(FilterHandler handler) {
      filterHandlers.add(handler);
      return this;
    }

    public Builder extensionRefHandler(ExtensionRefHandler handler) {
      extensionRefHandlers.add(handler);
      return this;
    }

    public Builder backendResolver(BackendResolver resolver) {
      backendResolvers.add(resolver);
      return this;
    }

    public Builder targetGroupNamer(TargetGroupNamer namer) {
      this.targetGroupNamer = namer;
      return this;
    }

    public Builder priorityAllocator(PriorityAllocator allocator) {
      this.priorityAllocator = allocator;
      return this;
    }

    /** Whether to add the plugins {@link ServiceLoader} finds (default true). */
    public Builder serviceLoader(boolean enabled) {
      this.serviceLoader = enabled;
      return this;
    }

    public Translator build() {
      Plugins.Builder registry =
          Plugins.builder(targetGroupNamer, priorityAllocator)
              .add(new BuiltInFilters())
              .backend(new ServiceBackends())
              .backend(new TargetGroupNameBackends());
      if (serviceLoader) {
        ServiceLoader.load(TranslatorPlugin.class, Translator.class.getClassLoader()).forEach(registry::add);
      }
      plugins.forEach(registry::add);
      filterHandlers.forEach(registry::filter);
      extensionRefHandlers.forEach(registry::extension);
      backendResolvers.forEach(registry::backend);
      return new Translator(options, registry.build());
    }
  }
}
