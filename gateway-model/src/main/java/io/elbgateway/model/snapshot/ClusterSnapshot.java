/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.snapshot;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSortedMap;
import io.elbgateway.model.aws.TargetGroupConfiguration;
import io.elbgateway.model.core.EndpointSlice;
import io.elbgateway.model.core.Namespace;
import io.elbgateway.model.gateway.BackendTLSPolicy;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.GatewayClass;
import io.elbgateway.model.gateway.ListenerSet;
import io.elbgateway.model.gateway.ReferenceGrant;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.KindDescriptor;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ParentReference;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything a translation reads, at one moment: an immutable set of model objects, indexed for
 * lookup by kind, namespace and name, and by reference (routes by parent, EndpointSlices by
 * Service, ReferenceGrants by namespace, ...), so that later stages never scan lists in nested
 * loops.
 *
 * <p>Order never depends on input order: every list this class returns is sorted by
 * {@link ObjectKey}. When two objects share a key, the later one in the input wins. Objects of
 * namespaced kinds are expected to carry their namespace; the manifest reader places those that
 * do not in the default namespace, as {@code kubectl apply} does.
 */
public final class ClusterSnapshot {

  private static final ClusterSnapshot EMPTY = new ClusterSnapshot(ImmutableSortedMap.of());

  private final ImmutableSortedMap<ObjectKey, KubernetesObject> byKey;
  private final ImmutableListMultimap<Class<? extends KubernetesObject>, KubernetesObject> byType;
  private final ImmutableListMultimap<ObjectKey, Route> routesByParent;
  private final ImmutableListMultimap<ObjectKey, EndpointSlice> endpointSlicesByService;
  private final ImmutableListMultimap<String, ReferenceGrant> referenceGrantsByNamespace;
  private final ImmutableListMultimap<String, Gateway> gatewaysByClass;
  private final ImmutableListMultimap<ObjectKey, ListenerSet> listenerSetsByGateway;
  private final ImmutableListMultimap<ObjectKey, TargetGroupConfiguration> targetGroupConfigurationsByTarget;
  private final ImmutableListMultimap<ObjectKey, BackendTLSPolicy> backendTlsPoliciesByTarget;

  private ClusterSnapshot(ImmutableSortedMap<ObjectKey, KubernetesObject> byKey) {
    this.byKey = byKey;
    ImmutableListMultimap.Builder<Class<? extends KubernetesObject>, KubernetesObject> types =
        ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<ObjectKey, Route> routes = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<ObjectKey, EndpointSlice> slices = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, ReferenceGrant> grants = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, Gateway> gateways = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<ObjectKey, ListenerSet> listenerSets = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<ObjectKey, TargetGroupConfiguration> targetGroupConfigurations =
        ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<ObjectKey, BackendTLSPolicy> backendTlsPolicies =
        ImmutableListMultimap.builder();

    for (KubernetesObject object : byKey.values()) {
      KnownKinds.typeOf(object).ifPresent(type -> types.put(type, object));
      String namespace = object.metadata().namespace().orElse("");
      if (object instanceof Route) {
        Route route = (Route) object;
        route.parentRefs().stream()
            .map(parent -> parentKey(parent, namespace))
            .distinct()
            .forEach(parent -> routes.put(parent, route));
      } else if (object instanceof EndpointSlice) {
        EndpointSlice slice = (EndpointSlice) object;
        slice.serviceName().ifPresent(service -> slices.put(serviceKey(namespace, service), slice));
      } else if (object instanceof ReferenceGrant) {
        grants.put(namespace, (ReferenceGrant) object);
      } else if (object instanceof Gateway) {
        Gateway gateway = (Gateway) object;
        gateways.put(gateway.spec().gatewayClassName(), gateway);
      } else if (object instanceof ListenerSet) {
        ListenerSet listenerSet = (ListenerSet) object;
        var parent = listenerSet.spec().parentRef();
        listenerSets.put(
            ObjectKey.of(parent.group(), parent.kind(), parent.namespace().orElse(namespace), parent.name()),
            listenerSet);
      } else if (object instanceof TargetGroupConfiguration) {
        TargetGroupConfiguration configuration = (TargetGroupConfiguration) object;
        configuration.spec().targetReference().ifPresent(target ->
            targetGroupConfigurations.put(
                ObjectKey.of(target.group(), target.kind(), namespace, target.name()), configuration));
      } else if (object instanceof BackendTLSPolicy) {
        BackendTLSPolicy policy = (BackendTLSPolicy) object;
        policy.spec().targetRefs().stream()
            .map(target -> ObjectKey.of(target.group(), target.kind(), namespace, target.name()))
            .distinct()
            .forEach(target -> backendTlsPolicies.put(target, policy));
      }
    }
    this.byType = types.build();
    this.routesByParent = routes.build();
    this.endpointSlicesByService = slices.build();
    this.referenceGrantsByNamespace = grants.build();
    this.gatewaysByClass = gateways.build();
    this.listenerSetsByGateway = listenerSets.build();
    this.targetGroupConfigurationsByTarget = targetGroupConfigurations.build();
    this.backendTlsPoliciesByTarget = backendTlsPolicies.build();
  }

  /** A snapshot with nothing in it. */
  public static ClusterSnapshot empty() {
    return EMPTY;
  }

  /** A snapshot of these objects; for equal keys the later object wins. */
  public static ClusterSnapshot of(Iterable<? extends KubernetesObject> objects) {
    return builder().addAll(objects).build();
  }

  /** A builder, for snapshots assembled piece by piece. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this snapshot's objects. */
  public Builder toBuilder() {
    return builder().addAll(byKey.values());
  }

  /** Every object, sorted by key. */
  public Collection<KubernetesObject> objects() {
    return byKey.values();
  }

  /** How many objects the snapshot holds. */
  public int size() {
    return byKey.size();
  }

  /** The object with this key. */
  public Optional<KubernetesObject> get(ObjectKey key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** Every object of a model type (e.g. {@code HTTPRoute.class}), sorted by key. */
  public <T extends KubernetesObject> List<T> all(Class<T> type) {
    if (KnownKinds.isModelType(type)) {
      return castAll(type, byType.get(type));
    }
    // A supertype such as Route: every object that is one.
    return byKey.values().stream().filter(type::isInstance).map(type::cast).collect(ImmutableList.toImmutableList());
  }

  /** The object of a model type with this namespace (empty for cluster-scoped kinds) and name. */
  public <T extends KubernetesObject> Optional<T> get(Class<T> type, String namespace, String name) {
    for (KindDescriptor kind : KnownKinds.descriptorsOf(type)) {
      KubernetesObject found = byKey.get(ObjectKey.of(kind.group(), kind.kind(), namespace, name));
      if (type.isInstance(found)) {
        return Optional.of(type.cast(found));
      }
    }
    return Optional.empty();
  }

  /** The GatewayClass of this name. */
  public Optional<GatewayClass> gatewayClass(String name) {
    return get(GatewayClass.class, "", name);
  }

  /** The Namespace of this name. */
  public Optional<Namespace> namespace(String name) {
    return get(Namespace.class, "", name);
  }

  /**
   * The labels of a namespace, as a label selector sees them: the Namespace's own labels plus
   * {@code kubernetes.io/metadata.name}, which the API server sets on every namespace. Empty when
   * the snapshot has no such Namespace.
   */
  public Map<String, String> namespaceLabels(String name) {
    return namespace(name)
        .map(ns -> {
          Map<String, String> labels = new LinkedHashMap<>(ns.metadata().labels());
          labels.putIfAbsent("kubernetes.io/metadata.name", name);
          return Map.copyOf(labels);
        })
        .orElse(Map.of());
  }

  /** Every route of every kind, sorted by key. */
  public List<Route> routes() {
    return all(Route.class);
  }

  /**
   * The routes whose {@code parentRefs} name this parent (a Gateway or a ListenerSet), whether or
   * not the parent lets them attach: attachment is the translator's decision.
   */
  public List<Route> routesFor(ObjectKey parent) {
    return routesByParent.get(parent);
  }

  /** The Gateways of a GatewayClass, sorted by key. */
  public List<Gateway> gatewaysOfClass(String gatewayClassName) {
    return gatewaysByClass.get(gatewayClassName);
  }

  /** The ListenerSets whose parent is this Gateway. */
  public List<ListenerSet> listenerSetsFor(ObjectKey gateway) {
    return listenerSetsByGateway.get(gateway);
  }

  /** The EndpointSlices of a Service (by their {@code kubernetes.io/service-name} label). */
  public List<EndpointSlice> endpointSlicesFor(String namespace, String serviceName) {
    return endpointSlicesByService.get(serviceKey(namespace, serviceName));
  }

  /** The ReferenceGrants in a namespace: those that let other namespaces refer into it. */
  public List<ReferenceGrant> referenceGrantsIn(String namespace) {
    return referenceGrantsByNamespace.get(namespace);
  }

  /** The TargetGroupConfigurations whose {@code targetReference} names this object. */
  public List<TargetGroupConfiguration> targetGroupConfigurationsFor(ObjectKey target) {
    return targetGroupConfigurationsByTarget.get(target);
  }

  /** The BackendTLSPolicies whose {@code targetRefs} name this object. */
  public List<BackendTLSPolicy> backendTlsPoliciesFor(ObjectKey target) {
    return backendTlsPoliciesByTarget.get(target);
  }

  /** The key of the object a parent reference names, from a route in {@code routeNamespace}. */
  public static ObjectKey parentKey(ParentReference parent, String routeNamespace) {
    return ObjectKey.of(parent.group(), parent.kind(), parent.namespace().orElse(routeNamespace), parent.name());
  }

  /** The key of a Service. */
  public static ObjectKey serviceKey(String namespace, String name) {
    return ObjectKey.of("", "Service", namespace, name);
  }

  private static <T> List<T> castAll(Class<T> type, List<?> objects) {
    @SuppressWarnings("unchecked") // byType only holds instances of its key
    List<T> typed = (List<T>) objects;
    return typed;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ClusterSnapshot && ((ClusterSnapshot) other).byKey.equals(byKey);
  }

  @Override
  public int hashCode() {
    return byKey.hashCode();
  }

  @Override
  public String toString() {
    Map<String, Integer> counts = new TreeMap<>();
    byKey.keySet().forEach(k -> counts.merge(k.kind(), 1, Integer::sum));
    return "ClusterSnapshot" + counts;
  }

  /** Collects objects for a {@link ClusterSnapshot}. */
  public static final class Builder {
    private final Map<ObjectKey, KubernetesObject> objects = new HashMap<>();

    private Builder() {}

    /** Adds an object, replacing any earlier object with the same key. */
    public Builder add(KubernetesObject object) {
      objects.put(object.key(), object);
      return this;
    }

    /** Adds objects in order. */
    public Builder addAll(Iterable<? extends KubernetesObject> more) {
      more.forEach(this::add);
      return this;
    }

    /** Removes the object with this key, if any. */
    public Builder remove(ObjectKey key) {
      objects.remove(key);
      return this;
    }

    /** The snapshot. */
    public ClusterSnapshot build() {
      return objects.isEmpty() ? EMPTY : new ClusterSnapshot(ImmutableSortedMap.copyOf(objects));
    }
  }
}
