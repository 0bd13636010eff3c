/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s.reconcile;

import io.elbgateway.k8s.source.ObjectChange;
import io.elbgateway.model.aws.ListenerRuleConfiguration;
import io.elbgateway.model.aws.LoadBalancerConfiguration;
import io.elbgateway.model.aws.TargetGroupConfiguration;
import io.elbgateway.model.core.EndpointSlice;
import io.elbgateway.model.core.Namespace;
import io.elbgateway.model.core.Secret;
import io.elbgateway.model.core.Service;
import io.elbgateway.model.gateway.BackendRef;
import io.elbgateway.model.gateway.FromNamespaces;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.GatewayClass;
import io.elbgateway.model.gateway.ListenerSet;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.gateway.RouteRule;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ParametersReference;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Which Gateways a change can affect, so that only their passes run: a Gateway itself; a
 * GatewayClass's Gateways; a route's parents (before and after the change; through a ListenerSet to
 * its Gateway); a ListenerSet's Gateway; the Gateways routing to a Service (also for its
 * EndpointSlices and TargetGroupConfigurations); for a Namespace the Gateways that select
 * namespaces by label and those its routes attach to; for a LoadBalancerConfiguration the Gateways
 * and classes whose parametersRef names it; for a ListenerRuleConfiguration or a Secret the
 * Gateways of the routes in its namespace (and, for a Secret, the Gateways there). Other kinds (ReferenceGrant, Node, BackendTLSPolicy) affect every
 * Gateway. Erring towards more is safe: a pass that finds nothing changed makes no AWS write.
 */
final class AffectedGateways {

  private AffectedGateways() {}

  /**
   * The Gateways {@code change} can affect; {@code snapshot} is asked only when the change needs
   * it (a route on a Gateway does not), so a burst of route events does not build a snapshot each.
   */
  static Set<ObjectKey> of(ObjectChange change, Supplier<ClusterSnapshot> current) {
    Supplier<ClusterSnapshot> once = memoize(current);
    Set<ObjectKey> gateways = new TreeSet<>();
    change.before().ifPresent(o -> add(o, once, gateways));
    change.after().ifPresent(o -> add(o, once, gateways));
    if (change.before().isEmpty() && change.after().isEmpty() && change.key().kind().equals("Gateway")) {
      gateways.add(change.key()); // a Gateway refused by the schema: its pass sees it gone
    }
    return gateways;
  }

  private static void add(KubernetesObject object, Supplier<ClusterSnapshot> current, Set<ObjectKey> gateways) {
    String namespace = object.metadata().namespace().orElse("");
    if (object instanceof Gateway) {
      gateways.add(object.key());
      return;
    }
    if (object instanceof Route && ((Route) object).parentRefs().stream().allMatch(p -> p.kind().equals("Gateway"))) {
      ((Route) object).parentRefs().forEach(p -> gateways.add(ClusterSnapshot.parentKey(p, namespace)));
      return;
    }
    ClusterSnapshot snapshot = current.get();
    if (object instanceof GatewayClass) {
      snapshot.gatewaysOfClass(object.metadata().name()).forEach(g -> gateways.add(g.key()));
    } else if (object instanceof Route) {
      parentsOf((Route) object, snapshot, gateways);
    } else if (object instanceof ListenerSet) {
      var parent = ((ListenerSet) object).spec().parentRef();
      gateways.add(ObjectKey.of(parent.group(), parent.kind(), parent.namespace().orElse(namespace), parent.name()));
    } else if (object instanceof Service) {
      routingTo(namespace, object.metadata().name(), snapshot, gateways);
    } else if (object instanceof EndpointSlice) {
      ((EndpointSlice) object).serviceName().ifPresent(s -> routingTo(namespace, s, snapshot, gateways));
    } else if (object instanceof TargetGroupConfiguration) {
      ((TargetGroupConfiguration) object).spec().targetReference()
          .ifPresent(t -> routingTo(namespace, t.name(), snapshot, gateways));
    } else if (object instanceof Namespace) {
      String name = object.metadata().name();
      for (Gateway gateway : snapshot.all(Gateway.class)) {
        if (gateway.spec().listeners().stream()
            .anyMatch(l -> l.allowedRoutes().namespaces().from() == FromNamespaces.SELECTOR)) {
          gateways.add(gateway.key());
        }
      }
      snapshot.routes().stream()
          .filter(r -> r.metadata().namespace().orElse("").equals(name))
          .forEach(r -> parentsOf(r, snapshot, gateways));
    } else if (object instanceof LoadBalancerConfiguration) {
      for (Gateway gateway : snapshot.all(Gateway.class)) {
        String gatewayNamespace = gateway.metadata().namespace().orElse("");
        boolean direct =
            gatewayNamespace.equals(namespace)
                && gateway.spec().infrastructure().flatMap(i -> i.parametersRef())
                    .filter(p -> names(p, object))
                    .isPresent();
        boolean byClass =
            snapshot.gatewayClass(gateway.spec().gatewayClassName())
                .flatMap(c -> c.spec().parametersRef())
                .filter(p -> names(p, object) && p.namespace().orElse("").equals(namespace))
                .isPresent();
        if (direct || byClass) {
          gateways.add(gateway.key());
        }
      }
    } else if (object instanceof ListenerRuleConfiguration || object instanceof Secret) {
      // An ExtensionRef names a configuration in the route's namespace, and a configuration's OIDC
      // Secret is in its own; a Gateway's certificateRefs name Secrets too.
      snapshot.routes().stream()
          .filter(r -> r.metadata().namespace().orElse("").equals(namespace))
          .forEach(r -> parentsOf(r, snapshot, gateways));
      if (object instanceof Secret) {
        snapshot.all(Gateway.class).stream()
            .filter(g -> g.metadata().namespace().orElse("").equals(namespace))
            .forEach(g -> gateways.add(g.key()));
      }
    } else {
      snapshot.all(Gateway.class).forEach(g -> gateways.add(g.key()));
    }
  }

  private static boolean names(ParametersReference ref, KubernetesObject object) {
    return ref.kind().equals(object.kind()) && ref.name().equals(object.metadata().name());
  }

  private static void parentsOf(Route route, ClusterSnapshot snapshot, Set<ObjectKey> gateways) {
    String namespace = route.metadata().namespace().orElse("");
    for (ParentReference parentRef : route.parentRefs()) {
      ObjectKey parent = ClusterSnapshot.parentKey(parentRef, namespace);
      if (parent.kind().equals("Gateway")) {
        gateways.add(parent);
      } else {
        Optional<ListenerSet> set = snapshot.get(parent).filter(ListenerSet.class::isInstance).map(ListenerSet.class::cast);
        set.ifPresent(s -> {
          var ref = s.spec().parentRef();
          gateways.add(ObjectKey.of(ref.group(), ref.kind(), ref.namespace().orElse(parent.namespace()), ref.name()));
        });
      }
    }
  }

  private static void routingTo(String namespace, String service, ClusterSnapshot snapshot, Set<ObjectKey> gateways) {
    for (Route route : snapshot.routes()) {
      String routeNamespace = route.metadata().namespace().orElse("");
      boolean references = false;
      for (RouteRule rule : route.spec().rules()) {
        for (BackendRef ref : rule.backendRefs()) {
          references |= ref.group().isEmpty() && ref.kind().equals("Service") && ref.name().equals(service)
              && ref.namespace().orElse(routeNamespace).equals(namespace);
        }
      }
      if (references) {
        parentsOf(route, snapshot, gateways);
      }
    }
  }

  private static <T> Supplier<T> memoize(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }
}
