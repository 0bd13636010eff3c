/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import io.elbgateway.model.core.Service;
import io.elbgateway.model.core.ServiceType;
import io.elbgateway.model.gateway.BackendRef;
import io.elbgateway.model.gateway.ReferenceGrant;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import java.util.Optional;

/** Whether a backendRef is valid (§6.5, §2.8, §5.3). */
final class Backends {

  private Backends() {}

  /**
   * Why {@code ref} of {@code route} is invalid, or empty when it is valid. Invalid: a kind other
   * than core {@code Service} (InvalidKind); no port; another namespace without a ReferenceGrant
   * there from the route's kind and namespace to the Service (RefNotPermitted); no such Service or
   * no such Service port (BackendNotFound). Choice: an {@code ExternalName} Service is invalid too
   * (§2.1: implementations SHOULD NOT support them).
   */
  static Optional<String> problem(ClusterSnapshot snapshot, Route route, BackendRef ref) {
    String routeNamespace = route.metadata().namespace().orElse("default");
    String namespace = ref.namespace().orElse(routeNamespace);
    if (!ref.targetsService()) {
      return Optional.of("InvalidKind: " + ref.group() + "/" + ref.kind());
    }
    if (ref.port().isEmpty()) {
      return Optional.of("no port for Service " + namespace + "/" + ref.name());
    }
    if (!namespace.equals(routeNamespace)) {
      ObjectKey from = ObjectKey.of(route.group(), route.kind(), routeNamespace, route.metadata().name());
      ObjectKey to = ClusterSnapshot.serviceKey(namespace, ref.name());
      boolean granted = false;
      for (ReferenceGrant grant : snapshot.referenceGrantsIn(namespace)) {
        granted |= grant.permits(from, to);
      }
      if (!granted) {
        return Optional.of("RefNotPermitted: no ReferenceGrant in " + namespace + " for " + route.kind()
            + " from " + routeNamespace);
      }
    }
    Optional<Service> service = snapshot.get(Service.class, namespace, ref.name());
    if (service.isEmpty()) {
      return Optional.of("BackendNotFound: Service " + namespace + "/" + ref.name());
    }
    if (service.get().spec().type() == ServiceType.EXTERNAL_NAME) {
      return Optional.of("ExternalName Service " + namespace + "/" + ref.name());
    }
    int port = ref.port().get();
    if (service.get().spec().ports().stream().noneMatch(p -> p.port() == port)) {
      return Optional.of("BackendNotFound: Service " + namespace + "/" + ref.name() + " has no port " + port);
    }
    return Optional.empty();
  }
}
