/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s.reconcile;

import io.elbgateway.k8s.ControllerListener;
import io.elbgateway.k8s.ImmutableReconcileReport;
import io.elbgateway.k8s.ReconcileReport;
import io.elbgateway.k8s.ReconcileReport.Outcome;
import io.elbgateway.k8s.source.ClusterSource;
import io.elbgateway.k8s.source.ObjectChange;
import io.elbgateway.k8s.status.StatusWriter;
import io.elbgateway.model.codec.ModelMappers;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.GatewayClass;
import io.elbgateway.model.gateway.ListenerSet;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.model.status.Condition;
import io.elbgateway.model.status.ConditionStatus;
import io.elbgateway.model.status.GatewayStatus;
import io.elbgateway.model.status.RouteParentStatus;
import io.elbgateway.model.status.RouteStatus;
import io.elbgateway.sync.SyncEngine;
import io.elbgateway.sync.SyncResult;
import io.elbgateway.translate.Translation;
import io.elbgateway.translate.Translator;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reconcile loop. Changes from the {@link ClusterSource} become Gateway keys in a work queue
 * (see {@link AffectedGateways}); each Gateway's pass translates the whole snapshot (once per
 * snapshot, keeping the previous translation's rule priorities), syncs that Gateway's stack with
 * AWS, and writes the Gateway's and its ListenerSets' statuses. One more key, the cluster-wide
 * status pass, writes the statuses no single Gateway owns: GatewayClasses (and their finalizer),
 * routes, ListenerRuleConfigurations, and objects the schema refused. Every Gateway is queued again
 * each resync period, so a missed event is repaired by the next pass. The queue runs only while
 * this replica leads.
 */
public final class Reconciler {

  private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

  /** The key of the cluster-wide status pass. */
  public static final ObjectKey STATUS_PASS = ObjectKey.of("elbgateway.io", "ClusterStatus", "", "all");

  private static final Set<String> ROUTE_KINDS = Set.of("HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "UDPRoute");

  private final KubernetesClient client;
  private final SyncEngine engine;
  private final Translator translator;
  private final ControllerListener listener;
  private final Set<String> controllerNames;
  private final Duration resyncPeriod;
  private final Duration requeueCap;
  private final Clock clock;
  private final WorkQueue<ObjectKey> queue;
  private final Set<ObjectKey> managed = ConcurrentHashMap.newKeySet();
  private ClusterSource source;
  private StatusWriter status;
  private Finalizers finalizers;
  private ScheduledExecutorService resync;
  private final Object translationLock = new Object();
  private ClusterSnapshot translatedSnapshot;
  private Translation translation;

  /** Settings of a {@link Reconciler}. */
  public static final class Settings {
    int workers = 4;
    Duration resyncPeriod = Duration.ofMinutes(10);
    Duration retryBase = Duration.ofSeconds(1);
    Duration retryMax = Duration.ofMinutes(5);
    Duration requeueCap = Duration.ofMinutes(10);

    /** How many Gateways sync in parallel. */
    public Settings workers(int workers) {
      if (workers < 1) {
        throw new IllegalArgumentException("workers must be at least 1: " + workers);
      }
      this.workers = workers;
      return this;
    }

    /** How often every Gateway is reconciled even without a change. */
    public Settings resyncPeriod(Duration period) {
      this.resyncPeriod = period;
      return this;
    }

    /**
     * The longest a Gateway waits before the pass its sync asked for (a load balancer still
     * provisioning asks for 15 s); shorter makes {@code Programmed} show sooner.
     */
    public Settings requeueCap(Duration cap) {
      this.requeueCap = cap;
      return this;
    }

    /** The first and the longest delay before a failed pass runs again. */
    public Settings retry(Duration base, Duration max) {
      this.retryBase = base;
      this.retryMax = max;
      return this;
    }
  }

  /** A reconciler; it runs once {@link #bind} gave it a source and {@link #startLeading} was called. */
  public Reconciler(
      KubernetesClient client, SyncEngine engine, Translator translator, ControllerListener listener, Clock clock, Settings settings) {
    this.client = client;
    this.engine = engine;
    this.translator = translator;
    this.listener = listener;
    this.clock = clock;
    this.resyncPeriod = settings.resyncPeriod;
    this.requeueCap = settings.requeueCap;
    Set<String> names = new HashSet<>(translator.options().controllerNames());
    names.addAll(translator.options().nlbControllerNames());
    this.controllerNames = Set.copyOf(names);
    this.queue = new WorkQueue<>(this::reconcile, settings.workers, settings.retryBase, settings.retryMax);
  }

  /** Gives the reconciler the source it reads and writes statuses through. */
  public void bind(ClusterSource source) {
    this.source = source;
    this.status = new StatusWriter(client, source, clock, controllerNames);
    this.finalizers = new Finalizers(client, source);
  }

  /** Queues the Gateways a change affects, and the cluster-wide status pass. */
  public void changed(ObjectChange change) {
    if (source == null) {
      return;
    }
    AffectedGateways.of(change, source::snapshot).forEach(queue::add);
    queue.add(STATUS_PASS);
  }

  /** Starts working: every Gateway is queued. */
  public synchronized void startLeading() {
    queue.start();
    enqueueAll();
    resync = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "elbgateway-resync");
      thread.setDaemon(true);
      return thread;
    });
    long period = resyncPeriod.toMillis();
    resync.scheduleAtFixedRate(this::enqueueAll, period, period, TimeUnit.MILLISECONDS);
  }

  /** Stops working; passes running now finish. */
  public synchronized void stopLeading() {
    if (resync != null) {
      resync.shutdownNow();
      resync = null;
    }
    queue.stop();
  }

  /** Queues every Gateway and the cluster-wide status pass: what a resync does. */
  public void enqueueAll() {
    source.snapshot().all(Gateway.class).forEach(g -> queue.add(g.key()));
    managed.forEach(queue::add);
    queue.add(STATUS_PASS);
  }

  /** Whether nothing is queued or running. */
  public boolean idle() {
    return queue.idle();
  }

  /** Status writes so far. */
  public int statusWrites() {
    return status == null ? 0 : status.writes();
  }

  /** Status writes that met a conflict and were retried. */
  public int statusConflicts() {
    return status == null ? 0 : status.conflicts();
  }

  /** The translation of the current snapshot; computed once per snapshot. */
  Translation translation(ClusterSnapshot snapshot) {
    // Its own lock: stopLeading() holds this object's while it waits for the workers to finish.
    synchronized (translationLock) {
      if (snapshot != translatedSnapshot) {
        translation = translator.translate(snapshot, Optional.ofNullable(translation));
        translatedSnapshot = snapshot;
      }
      return translation;
    }
  }

  private WorkQueue.Outcome reconcile(ObjectKey key) {
    long started = System.nanoTime();
    int writesBefore = status.writes();
    ImmutableReconcileReport.Builder report = ReconcileReport.builder().key(key);
    WorkQueue.Outcome outcome;
    try {
      outcome = key.equals(STATUS_PASS) ? statusPass(report) : gatewayPass(key, report);
    } catch (RuntimeException e) {
      LOG.warn("reconciling {} failed: {}", key.display(), e.toString());
      report.outcome(Outcome.FAILED).message(e.toString());
      outcome = WorkQueue.Outcome.failed();
    }
    listener.reconciled(
        report.duration(Duration.ofNanos(System.nanoTime() - started)).statusWrites(status.writes() - writesBefore).build());
    listener.queueDepth(queue.depth());
    return outcome;
  }

  private WorkQueue.Outcome gatewayPass(ObjectKey key, ImmutableReconcileReport.Builder report) {
    ClusterSnapshot snapshot = source.snapshot();
    Optional<Gateway> gateway = snapshot.get(key).filter(Gateway.class::isInstance).map(Gateway.class::cast);
    if (gateway.isEmpty()) {
      if (source.raw(key).isEmpty() && managed.remove(key)) {
        // Gone without the finalizer's pass (e.g. deleted while this replica was not leading).
        return delete(key, report, false);
      }
      report.outcome(Outcome.SKIPPED).message("not in the snapshot");
      return WorkQueue.Outcome.done();
    }
    Optional<GatewayClass> gatewayClass = snapshot.gatewayClass(gateway.get().spec().gatewayClassName());
    boolean ours = gatewayClass.map(c -> controllerNames.contains(c.spec().controllerName())).orElse(false);
    boolean deleting = gateway.get().metadata().deletionTimestamp().isPresent();
    if (!ours || deleting) {
      if (finalizers.has(key, Finalizers.GATEWAY)) {
        return delete(key, report, true);
      }
      report.outcome(Outcome.SKIPPED).message(deleting ? "being deleted" : "not this controller's");
      return WorkQueue.Outcome.done();
    }
    finalizers.ensure(key, Finalizers.GATEWAY);
    managed.add(key);
    Translation translation = translation(snapshot);
    Optional<ElbStack> stack = translation.stack(key);
    Optional<SyncResult> result = stack.map(engine::sync);
    Optional<Long> generation = gateway.get().metadata().generation();
    GatewayStatus translated = translation.gatewayStatuses().get(key);
    if (translated != null) {
      // Listener ports let a problem of one ELB listener mark only its Gateway listeners.
      Map<String, Integer> ports = new java.util.HashMap<>();
      gateway.get().spec().listeners().forEach(l -> ports.put(l.name(), l.port()));
      status.write(key, result.map(r -> r.applyTo(translated, ports)).orElse(translated), generation);
    }
    for (ListenerSet set : snapshot.listenerSetsFor(key)) {
      Optional.ofNullable(translation.listenerSetStatuses().get(set.key()))
          .ifPresent(s -> status.write(set.key(), result.map(r -> r.applyTo(s)).orElse(s), set.metadata().generation()));
    }
    if (result.isEmpty()) {
      report.outcome(Outcome.SKIPPED).message("the translation refused the Gateway; see its status");
      return WorkQueue.Outcome.done();
    }
    SyncResult synced = result.get();
    report.awsCalls(synced.calls().total()).awsMutatingCalls(synced.calls().mutating());
    if (synced.failure().isPresent()) {
      String message = synced.failure().get().describe();
      listener.event(key, "Warning", "SyncFailed", message);
      report.outcome(Outcome.FAILED).message(message);
      return WorkQueue.Outcome.failed();
    }
    report.outcome(Outcome.SYNCED);
    return WorkQueue.Outcome.doneOrAgain(synced.requeueAfter().map(this::cap));
  }

  private Duration cap(Duration after) {
    return after.compareTo(requeueCap) > 0 ? requeueCap : after;
  }

  /** Deletes the Gateway's AWS resources; releases its finalizer once nothing is left. */
  private WorkQueue.Outcome delete(ObjectKey key, ImmutableReconcileReport.Builder report, boolean release) {
    SyncResult result = engine.delete(key);
    report.awsCalls(result.calls().total()).awsMutatingCalls(result.calls().mutating());
    if (!result.converged()) {
      String message =
          result.failure().map(f -> f.describe()).orElse("")
              + result.problems().stream().map(p -> p.key() + ": " + p.message()).reduce("", (a, b) -> a + " " + b);
      listener.event(key, "Warning", "DeleteFailed", message.trim());
      report.outcome(Outcome.FAILED).message(message.trim());
      return WorkQueue.Outcome.failed();
    }
    if (result.requeueAfter().isPresent()) {
      // Target groups still draining: they go on a later pass, and the finalizer stays until then.
      report.outcome(Outcome.DELETED).message("target groups draining");
      return WorkQueue.Outcome.again(cap(result.requeueAfter().get()));
    }
    // The event first: once the finalizer goes, the Gateway may be gone before anyone hears of it.
    listener.event(key, "Normal", "Deleted", "the Gateway's AWS resources are deleted");
    if (release) {
      finalizers.release(key, Finalizers.GATEWAY);
    }
    managed.remove(key);
    report.outcome(Outcome.DELETED);
    return WorkQueue.Outcome.done();
  }

  private WorkQueue.Outcome statusPass(ImmutableReconcileReport.Builder report) {
    ClusterSnapshot snapshot = source.snapshot();
    Translation translation = translation(snapshot);
    for (GatewayClass gatewayClass : snapshot.all(GatewayClass.class)) {
      if (!controllerNames.contains(gatewayClass.spec().controllerName())) {
        continue;
      }
      Optional.ofNullable(translation.gatewayClassStatuses().get(gatewayClass.metadata().name()))
          .ifPresent(s -> status.write(gatewayClass.key(), s, gatewayClass.metadata().generation()));
      boolean used = !snapshot.gatewaysOfClass(gatewayClass.metadata().name()).isEmpty();
      if (used) {
        finalizers.ensure(gatewayClass.key(), Finalizers.GATEWAY_CLASS);
      } else {
        finalizers.release(gatewayClass.key(), Finalizers.GATEWAY_CLASS);
      }
    }
    for (Route route : snapshot.routes()) {
      List<RouteParentStatus> ours =
          Optional.ofNullable(translation.routeStatuses().get(route.key())).map(RouteStatus::parents).orElse(List.of());
      status.writeRouteParents(route.key(), ours, route.metadata().generation());
    }
    translation.listenerRuleConfigurationStatuses().forEach((key, s) ->
        status.write(key, s, snapshot.get(key).flatMap(o -> o.metadata().generation())));
    source.rejected().forEach((key, problems) -> refused(key, problems, snapshot));
    report.outcome(Outcome.STATUS);
    return WorkQueue.Outcome.done();
  }

  /**
   * Tells an object the schema refused why, where its kind has a status and it is this
   * controller's: a route on each of its parents that is one of this controller's Gateways, a
   * Gateway of this controller's class, a ListenerRuleConfiguration.
   */
  @SuppressWarnings("unchecked")
  private void refused(ObjectKey key, List<String> problems, ClusterSnapshot snapshot) {
    Optional<GenericKubernetesResource> raw = source.raw(key);
    if (raw.isEmpty()) {
      return;
    }
    String message = "refused by the schema: " + String.join("; ", problems);
    Optional<Long> generation = Optional.ofNullable(raw.get().getMetadata().getGeneration());
    Map<String, Object> spec =
        raw.get().getAdditionalProperties().get("spec") instanceof Map
            ? (Map<String, Object>) raw.get().getAdditionalProperties().get("spec")
            : Map.of();
    if (ROUTE_KINDS.contains(key.kind())) {
      List<RouteParentStatus> ours = new ArrayList<>();
      Object parentRefs = spec.get("parentRefs");
      if (parentRefs instanceof List) {
        for (Object ref : (List<Object>) parentRefs) {
          ParentReference parent;
          try {
            parent = ModelMappers.json().convertValue(ref, ParentReference.class);
          } catch (RuntimeException e) {
            continue; // a parentRef the schema refused cannot be named in a status either
          }
          controllerOf(ClusterSnapshot.parentKey(parent, key.namespace()), snapshot).ifPresent(controller ->
              ours.add(RouteParentStatus.builder()
                  .parentRef(parent)
                  .controllerName(controller)
                  .addConditions(refusedCondition("Accepted", "UnsupportedValue", message))
                  .build()));
        }
      }
      status.writeRouteParents(key, ours, generation);
    } else if (key.kind().equals("Gateway")) {
      Object className = spec.get("gatewayClassName");
      boolean ours = className instanceof String && snapshot.gatewayClass((String) className)
          .map(c -> controllerNames.contains(c.spec().controllerName())).orElse(false);
      if (ours) {
        status.write(key, GatewayStatus.builder()
            .addConditions(refusedCondition("Accepted", "Invalid", message))
            .addConditions(refusedCondition("Programmed", "Invalid", message))
            .build(), generation);
      }
    } else if (key.kind().equals("ListenerRuleConfiguration")) {
      status.write(key, io.elbgateway.model.aws.ListenerRuleConfigurationStatus.builder()
          .accepted(false).message(message).observedGeneration(generation).build(), generation);
    }
  }

  /** The controllerName of the Gateway a parent key names, when it is one of this controller's. */
  private Optional<String> controllerOf(ObjectKey parent, ClusterSnapshot snapshot) {
    return snapshot.get(parent)
        .filter(Gateway.class::isInstance)
        .map(Gateway.class::cast)
        .flatMap(g -> snapshot.gatewayClass(g.spec().gatewayClassName()))
        .map(c -> c.spec().controllerName())
        .filter(controllerNames::contains);
  }

  private static Condition refusedCondition(String type, String reason, String message) {
    return Condition.builder().type(type).status(ConditionStatus.FALSE).reason(reason).message(message).build();
  }

  /** For tests and metrics: the Gateways whose AWS resources this controller manages. */
  public Set<ObjectKey> managed() {
    return Set.copyOf(managed);
  }
}
