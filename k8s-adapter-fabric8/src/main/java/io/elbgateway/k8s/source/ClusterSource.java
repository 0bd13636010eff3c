/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s.source;

import io.elbgateway.k8s.convert.Conversion;
import io.elbgateway.k8s.convert.ObjectConverter;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shared informers for every watched kind, turned into model values and a consistent
 * {@link ClusterSnapshot}. Each informer event is converted at once; an object that fails the
 * schema is left out (logged, and kept aside so its status can say why) and the rest of the
 * snapshot stays usable. Every change the translation can see is handed to the listener. Of a
 * Secret only its metadata and type are kept, here and in the informer's cache.
 */
public final class ClusterSource {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterSource.class);

  private final KubernetesClient client;
  private final KindSupport kinds;
  private final ObjectConverter converter;
  private final Consumer<ObjectChange> listener;
  private final Map<ObjectKey, KubernetesObject> objects = new ConcurrentHashMap<>();
  private final Map<ObjectKey, GenericKubernetesResource> raw = new ConcurrentHashMap<>();
  private final Map<ObjectKey, WatchedKind> kindOf = new ConcurrentHashMap<>();
  private final Map<ObjectKey, List<String>> rejected = new ConcurrentHashMap<>();
  private final List<SharedIndexInformer<GenericKubernetesResource>> informers = new ArrayList<>();
  // Guards the informers; the snapshot fields use this object's monitor, which the informers'
  // handlers take, so start() must not hold it while it waits for them.
  private final Object watching = new Object();
  private long version;
  private long snapshotVersion = -1;
  private ClusterSnapshot snapshot = ClusterSnapshot.empty();

  /** A source of the served kinds; nothing is watched before {@link #start}. */
  public ClusterSource(KubernetesClient client, KindSupport kinds, Consumer<ObjectChange> listener) {
    this.client = client;
    this.kinds = kinds;
    this.converter = new ObjectConverter(client.getKubernetesSerialization());
    this.listener = listener;
  }

  /** Starts an informer per watched kind and waits until each has listed its objects. */
  public void start(Duration timeout) {
    synchronized (watching) {
      startWatching(timeout);
    }
  }

  private void startWatching(Duration timeout) {
    List<CompletableFuture<Void>> started = new ArrayList<>();
    for (WatchedKind kind : kinds.watched()) {
      SharedIndexInformer<GenericKubernetesResource> informer =
          client.genericKubernetesResources(kind.context()).inAnyNamespace().runnableInformer(0);
      if (isSecret(kind)) {
        informer.itemStore(new SecretMetadataStore());
      }
      informer.addEventHandler(new Handler(kind));
      informers.add(informer);
      started.add(informer.start().toCompletableFuture());
    }
    try {
      CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while listing the cluster", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("listing the cluster failed: " + e.getMessage(), e);
    }
    awaitHandled(timeout);
    prune();
  }

  /**
   * Waits until the handlers have seen every listed object: an informer has synced when its cache
   * is full, but hands the objects to its handlers on another thread.
   */
  private void awaitHandled(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (informers.stream().flatMap(i -> i.getStore().list().stream()).anyMatch(r -> !raw.containsKey(keyOf(r)))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the listed objects were not all handled within " + timeout);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while listing the cluster", e);
      }
    }
  }

  /** Stops every informer; the objects seen so far stay. */
  public void stop() {
    synchronized (watching) {
      informers.forEach(SharedIndexInformer::stop);
      informers.clear();
    }
  }

  /**
   * Stops the watches and lists afresh, as after a dropped connection: objects that appeared,
   * changed or vanished meanwhile are reported like any other change.
   */
  public void restart(Duration timeout) {
    synchronized (watching) {
      stop();
      start(timeout);
    }
  }

  /** The watched kinds. */
  public KindSupport kinds() {
    return kinds;
  }

  /** A snapshot of every object that converted; the same instance until something changes. */
  public synchronized ClusterSnapshot snapshot() {
    if (snapshotVersion != version) {
      snapshot = ClusterSnapshot.of(objects.values());
      snapshotVersion = version;
    }
    return snapshot;
  }

  /** A number that grows with every change the snapshot sees. */
  public synchronized long version() {
    return version;
  }

  /** The object as the API server last sent it (status included), for status writes. */
  public Optional<GenericKubernetesResource> raw(ObjectKey key) {
    return Optional.ofNullable(raw.get(key));
  }

  /** How the object's kind is served. */
  public Optional<WatchedKind> kindOf(ObjectKey key) {
    return Optional.ofNullable(kindOf.get(key));
  }

  /** Objects the schema refused, with the problems; they are not in the snapshot. */
  public Map<ObjectKey, List<String>> rejected() {
    return Map.copyOf(rejected);
  }

  /** The key of a raw object: group, kind, namespace, name. */
  public static ObjectKey keyOf(GenericKubernetesResource resource) {
    String apiVersion = Objects.requireNonNullElse(resource.getApiVersion(), "");
    int slash = apiVersion.indexOf('/');
    String namespace = Objects.requireNonNullElse(resource.getMetadata().getNamespace(), "");
    return ObjectKey.of(
        slash < 0 ? "" : apiVersion.substring(0, slash), resource.getKind(), namespace, resource.getMetadata().getName());
  }

  private static boolean isSecret(WatchedKind kind) {
    return kind.kind().group().isEmpty() && kind.kind().kind().equals("Secret");
  }

  private void put(WatchedKind kind, GenericKubernetesResource event) {
    GenericKubernetesResource resource = isSecret(kind) ? SecretMetadataStore.withoutData(event) : event;
    ObjectKey key = keyOf(resource);
    raw.put(key, resource);
    kindOf.put(key, kind);
    Conversion conversion = converter.convert(resource);
    Optional<KubernetesObject> after = conversion.object();
    List<String> wasRejected;
    if (conversion.problems().isEmpty()) {
      wasRejected = rejected.remove(key);
    } else {
      wasRejected = rejected.put(key, conversion.problems());
      if (!conversion.problems().equals(wasRejected)) {
        LOG.warn("{} is left out of the snapshot: {}", key.display(), String.join("; ", conversion.problems()));
      }
    }
    Optional<KubernetesObject> before =
        after.isPresent() ? Optional.ofNullable(objects.put(key, after.get())) : Optional.ofNullable(objects.remove(key));
    boolean rejectionChanged = !Objects.equals(wasRejected, rejected.get(key));
    if (!before.equals(after) || rejectionChanged) {
      changed(new ObjectChange(key, before, after));
    }
  }

  private void remove(GenericKubernetesResource resource) {
    remove(keyOf(resource));
  }

  private void remove(ObjectKey key) {
    raw.remove(key);
    kindOf.remove(key);
    boolean wasRejected = rejected.remove(key) != null;
    Optional<KubernetesObject> before = Optional.ofNullable(objects.remove(key));
    if (before.isPresent() || wasRejected) {
      changed(new ObjectChange(key, before, Optional.empty()));
    }
  }

  /** Drops what no informer holds any more: objects deleted while nothing watched. */
  private void prune() {
    Set<ObjectKey> listed = new HashSet<>();
    for (SharedIndexInformer<GenericKubernetesResource> informer : informers) {
      informer.getStore().list().forEach(r -> listed.add(keyOf(r)));
    }
    for (ObjectKey key : new ArrayList<>(raw.keySet())) {
      if (!listed.contains(key)) {
        remove(key);
      }
    }
  }

  private void changed(ObjectChange change) {
    synchronized (this) {
      version++;
    }
    LOG.debug("{}", change);
    try {
      listener.accept(change);
    } catch (RuntimeException e) {
      LOG.error("handling {} failed: {}", change, e.toString());
    }
  }

  /** Converts the informer's events of one kind. */
  private final class Handler implements ResourceEventHandler<GenericKubernetesResource> {
    private final WatchedKind kind;

    Handler(WatchedKind kind) {
      this.kind = kind;
    }

    @Override
    public void onAdd(GenericKubernetesResource resource) {
      put(kind, resource);
    }

    @Override
    public void onUpdate(GenericKubernetesResource before, GenericKubernetesResource after) {
      put(kind, after);
    }

    @Override
    public void onDelete(GenericKubernetesResource resource, boolean finalStateUnknown) {
      remove(resource);
    }
  }
}
