/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync;

import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.sync.apply.Applier;
import io.elbgateway.sync.apply.ApplyFailure;
import io.elbgateway.sync.apply.ApplyProgress;
import io.elbgateway.sync.apply.ApplyResult;
import io.elbgateway.sync.aws.AwsCalls;
import io.elbgateway.sync.aws.AwsClients;
import io.elbgateway.sync.aws.CallCounts;
import io.elbgateway.sync.aws.OwnershipTags;
import io.elbgateway.sync.aws.RateLimits;
import io.elbgateway.sync.aws.RetryPolicy;
import io.elbgateway.sync.aws.Sleeper;
import io.elbgateway.sync.observe.Inventory;
import io.elbgateway.sync.observe.ObservedStack;
import io.elbgateway.sync.observe.Observer;
import io.elbgateway.sync.observe.TagCache;
import io.elbgateway.sync.plan.Plan;
import io.elbgateway.sync.plan.Planner;
import io.elbgateway.sync.resolve.CertificateCatalog;
import io.elbgateway.sync.resolve.NetworkResolver;
import io.elbgateway.sync.resolve.SecretResolver;
import io.elbgateway.sync.resolve.StaticNetwork;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;

/**
 * Keeps AWS in step with the desired ELB state: observe what AWS has, plan the changes, apply them.
 *
 * <pre>{@code
 * SyncEngine engine = SyncEngine.builder()
 *     .clients(AwsClients.of(elbv2, wafv2, acm, shield))
 *     .clusterName("prod")
 *     .network(StaticNetwork.idsOnly().withManagedSecurityGroup("sg-0123"))
 *     .build();
 * List<SyncResult> results = engine.syncAll(translation.stacks());
 * }</pre>
 *
 * <p>One engine serves one cluster and lives as long as its controller: it caches resource tags
 * between syncs (see {@link TagCache}), so a sync that changes nothing costs only the reads that
 * show nothing changed. It is thread-safe: stacks of different Gateways may sync at once from
 * several threads (a controller's workers); the caller keeps one stack to one thread at a time.
 */
public final class SyncEngine {

  private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

  private final AwsClients clients;
  private final OwnershipTags ownership;
  private final NetworkResolver network;
  private final AwsCalls calls;
  private final TagCache tags;
  private final Observer observer;
  private final Applier applier;

  private SyncEngine(Builder b) {
    this.clients = Objects.requireNonNull(b.clients, "clients");
    this.ownership = OwnershipTags.forCluster(Objects.requireNonNull(b.clusterName, "clusterName"));
    this.network = b.network;
    this.calls = new AwsCalls(b.retry, b.rateLimits, b.clock, b.sleeper, b.random);
    this.tags = new TagCache(clients.elbv2(), calls, b.tagCacheTtl);
    this.observer = new Observer(clients, calls, ownership, tags);
    this.applier = new Applier(clients, calls, ownership, tags, b.secrets);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The plan for one desired stack, computed from what AWS has now; nothing is changed. */
  public Plan plan(ElbStack desired) {
    Inventory inventory = observer.inventory();
    return planner(List.of(desired)).plan(desired, observer.observe(inventory, stackOf(desired), Optional.of(desired)), inventory);
  }

  /**
   * The plans for every desired stack, and deletion plans for the stacks this cluster owns in AWS
   * that are not desired; nothing is changed.
   */
  public List<Plan> planAll(Collection<ElbStack> desired) {
    Inventory inventory = observer.inventory();
    Planner planner = planner(desired);
    List<Plan> plans = new ArrayList<>();
    Map<String, ElbStack> byStack = byStack(desired);
    byStack.forEach((stack, d) -> plans.add(planner.plan(d, observer.observe(inventory, stack, Optional.of(d)), inventory)));
    for (String stack : inventory.stacks()) {
      if (!byStack.containsKey(stack)) {
        plans.add(planner.planDeletion(observer.observe(inventory, stack, Optional.empty())));
      }
    }
    return plans;
  }

  /** Applies a plan computed earlier (by {@link #plan} or {@link #planAll}). */
  public SyncResult apply(Plan plan) {
    return apply(plan, ApplyProgress.none());
  }

  /**
   * Applies a plan computed earlier, telling {@code progress} before each change runs (a command
   * line shows "3/11 create listener ...").
   */
  public SyncResult apply(Plan plan, ApplyProgress progress) {
    calls.beginScope();
    ApplyResult applied = applier.apply(plan, progress);
    return result(plan, applied, Optional.empty());
  }

  /** Observes, plans and applies one desired stack. */
  public SyncResult sync(ElbStack desired) {
    return syncStacks(List.of(desired), false).get(0);
  }

  /** Observes and deletes everything the Gateway's stack owns. */
  public SyncResult delete(ObjectKey gateway) {
    calls.beginScope();
    String stack = OwnershipTags.stackOf(gateway);
    try {
      Inventory inventory = observer.inventory();
      Plan plan = planner(List.of()).planDeletion(observer.observe(inventory, stack, Optional.empty()));
      return result(plan, applier.apply(plan), Optional.empty());
    } catch (RuntimeException error) {
      return readFailure(stack, error);
    }
  }

  /**
   * Syncs each of these stacks, reading the Region's load balancers and target groups once for all
   * of them; other stacks are left alone. One result per stack, in order.
   */
  public List<SyncResult> sync(Collection<ElbStack> desired) {
    return syncStacks(desired, false);
  }

  /**
   * Syncs every desired stack and deletes the stacks this cluster owns that are not desired (their
   * Gateways are gone). A stack that fails does not stop the others. One result per stack, desired
   * ones first in the given order.
   */
  public List<SyncResult> syncAll(Collection<ElbStack> desired) {
    return syncStacks(desired, true);
  }

  private List<SyncResult> syncStacks(Collection<ElbStack> desired, boolean deleteOthers) {
    // The Region-wide listing is counted with the first stack.
    calls.beginScope();
    Inventory inventory;
    try {
      inventory = observer.inventory();
    } catch (RuntimeException error) {
      // One result for one stack names it; a batch's shared listing failed for all of them.
      return List.of(readFailure(desired.size() == 1 ? stackOf(desired.iterator().next()) : "*", error));
    }
    Planner planner = planner(desired);
    List<SyncResult> results = new ArrayList<>();
    Map<String, ElbStack> byStack = byStack(desired);
    boolean first = true;
    for (Map.Entry<String, ElbStack> entry : byStack.entrySet()) {
      if (!first) {
        calls.beginScope();
      }
      first = false;
      try {
        ObservedStack observed = observer.observe(inventory, entry.getKey(), Optional.of(entry.getValue()));
        Plan plan = planner.plan(entry.getValue(), observed, inventory);
        results.add(result(plan, applier.apply(plan), desiredLoadBalancer(observed, entry.getValue())));
      } catch (RuntimeException error) {
        results.add(readFailure(entry.getKey(), error));
      }
    }
    for (String stack : inventory.stacks()) {
      if (!deleteOthers || byStack.containsKey(stack)) {
        continue;
      }
      if (!first) {
        calls.beginScope();
      }
      first = false;
      try {
        Plan plan = planner.planDeletion(observer.observe(inventory, stack, Optional.empty()));
        results.add(result(plan, applier.apply(plan), Optional.empty()));
      } catch (RuntimeException error) {
        results.add(readFailure(stack, error));
      }
    }
    if (first) {
      calls.endScope();
    }
    return results;
  }

  /** Every AWS call this engine made so far, by operation. */
  public CallCounts callCounts() {
    return calls.counts();
  }

  /** The ownership tags this engine sets and honours. */
  public OwnershipTags ownership() {
    return ownership;
  }

  /** The observed load balancer the desired stack keeps (same name), if it exists. */
  private static Optional<LoadBalancer> desiredLoadBalancer(ObservedStack observed, ElbStack desired) {
    return observed.loadBalancers().stream()
        .map(o -> o.loadBalancer())
        .filter(lb -> lb.loadBalancerName().equals(desired.loadBalancer().name()))
        .findFirst();
  }

  /** A planner; ACM is read only when a desired listener asks for certificates by hostname. */
  private Planner planner(Collection<ElbStack> desired) {
    boolean discovery =
        desired.stream().flatMap(d -> d.listeners().stream()).anyMatch(l -> !l.certificateHostnames().isEmpty());
    Optional<CertificateCatalog> catalog =
        discovery ? clients.acm().map(acm -> CertificateCatalog.read(acm, calls)) : Optional.empty();
    return new Planner(network, catalog, clients.wafv2().isPresent(), clients.shield().isPresent());
  }

  private static String stackOf(ElbStack desired) {
    return OwnershipTags.stackOf(desired.gateway());
  }

  private static Map<String, ElbStack> byStack(Collection<ElbStack> desired) {
    Map<String, ElbStack> byStack = new LinkedHashMap<>();
    desired.forEach(d -> byStack.put(stackOf(d), d));
    return byStack;
  }

  /** The result of a sync; ends the calls scope this thread began. */
  private SyncResult result(Plan plan, ApplyResult applied, Optional<LoadBalancer> observedLb) {
    Optional<LoadBalancer> lb = applied.createdLoadBalancer().or(() -> observedLb);
    List<io.elbgateway.sync.plan.PlanProblem> problems = new ArrayList<>(plan.problems());
    problems.addAll(applied.skipped());
    Optional<LoadBalancerState> state = lb.map(l -> LoadBalancerState.of(l.state() == null ? null : l.state().codeAsString()));
    Optional<Duration> requeue = plan.recheckAfter();
    if (state.isPresent() && state.get() == LoadBalancerState.PROVISIONING) {
      Duration provisioning = Duration.ofSeconds(15);
      requeue = Optional.of(requeue.map(r -> r.compareTo(provisioning) < 0 ? r : provisioning).orElse(provisioning));
    }
    return SyncResult.builder()
        .stack(plan.stack())
        .plan(plan)
        .applied(applied.applied())
        .failure(applied.failure())
        .problems(problems)
        .loadBalancerArn(lb.map(LoadBalancer::loadBalancerArn))
        .dnsName(lb.map(LoadBalancer::dnsName))
        .canonicalHostedZoneId(lb.map(LoadBalancer::canonicalHostedZoneId))
        .state(state)
        .arns(applied.arns())
        .calls(calls.endScope())
        .requeueAfter(requeue)
        .build();
  }

  private SyncResult readFailure(String stack, RuntimeException error) {
    ApplyFailure failure = ApplyFailure.of("observe and plan stack " + stack, error);
    LOG.warn("{}", failure.describe());
    return SyncResult.builder()
        .stack(stack)
        .plan(Plan.builder().stack(stack).build())
        .failure(failure)
        .calls(calls.endScope())
        .requeueAfter(Duration.ofSeconds(30))
        .build();
  }

  /** Builds a {@link SyncEngine}. */
  public static final class Builder {
    private AwsClients clients;
    private String clusterName;
    private NetworkResolver network = StaticNetwork.idsOnly();
    private SecretResolver secrets = SecretResolver.none();
    private RetryPolicy retry = RetryPolicy.defaults();
    private RateLimits rateLimits = RateLimits.defaults();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private Random random = new Random();
    private Duration tagCacheTtl = Duration.ofMinutes(10);

    private Builder() {}

    /** The SDK clients (required). */
    public Builder clients(AwsClients clients) {
      this.clients = clients;
      return this;
    }

    /** The cluster's name, written in the ownership tags (required; the translator's cluster name). */
    public Builder clusterName(String clusterName) {
      this.clusterName = clusterName;
      return this;
    }

    /** How subnet and security group names resolve; by default only IDs are accepted. */
    public Builder network(NetworkResolver network) {
      this.network = network;
      return this;
    }

    /** Where OIDC client credentials come from; by default nowhere. */
    public Builder secrets(SecretResolver secrets) {
      this.secrets = secrets;
      return this;
    }

    /** The retry policy; {@link RetryPolicy#defaults()} by default. */
    public Builder retryPolicy(RetryPolicy retry) {
      this.retry = retry;
      return this;
    }

    /** The client-side rate limits; {@link RateLimits#defaults()} by default. */
    public Builder rateLimits(RateLimits rateLimits) {
      this.rateLimits = rateLimits;
      return this;
    }

    /** The clock and the sleeper for backoff and rate limits (tests: a manual clock). */
    public Builder timing(Clock clock, Sleeper sleeper) {
      this.clock = clock;
      this.sleeper = sleeper;
      return this;
    }

    /** The source of backoff jitter (tests: seeded). */
    public Builder random(Random random) {
      this.random = random;
      return this;
    }

    /** How long resource tags are cached between syncs; 10 minutes by default. */
    public Builder tagCacheTtl(Duration ttl) {
      this.tagCacheTtl = ttl;
      return this;
    }

    /** The engine. */
    public SyncEngine build() {
      return new SyncEngine(this);
    }
  }
}
