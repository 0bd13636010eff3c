/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import io.elbgateway.model.aws.ElbProtocol;
import io.elbgateway.model.aws.ListenerConfiguration;
import io.elbgateway.model.gateway.ListenerTLSConfig;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.SecretObjectReference;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.status.Reasons;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code tls.certificateRefs} of an HTTPS listener. An ALB takes certificates only from ACM,
 * never from Kubernetes Secrets, so a reference is reported ({@code ResolvedRefs=False}) with the
 * way to fix it: {@code RefNotPermitted} when it points into another namespace without a
 * ReferenceGrant, {@code InvalidCertificateRef} otherwise. The listener stays usable: the ALB gets
 * its certificates from the LoadBalancerConfiguration or from ACM discovery by hostname.
 */
final class CertificateRefChecks {

  private CertificateRefChecks() {}

  static void check(GatewayContext context, ListenerDraft listener) {
    List<SecretObjectReference> refs =
        listener.definition().tls().map(ListenerTLSConfig::certificateRefs).orElse(List.of());
    if (refs.isEmpty()) {
      return;
    }
    String ownNamespace = listener.parent().namespace();
    List<String> unusable = new ArrayList<>();
    for (int r = 0; r < refs.size(); r++) {
      SecretObjectReference ref = refs.get(r);
      String namespace = ref.namespace().orElse(ownNamespace);
      ObjectKey target = ObjectKey.of(ref.group(), ref.kind(), namespace, ref.name());
      String field = listener.field(".tls.certificateRefs[" + r + "]");
      if (!namespace.equals(ownNamespace) && !granted(context, listener.parent(), target)) {
        listener.unresolvedRef(
            Reasons.REF_NOT_PERMITTED,
            field
                + ": "
                + target.display()
                + " is in another namespace and no ReferenceGrant in namespace "
                + namespace
                + " lets "
                + listener.parent().display()
                + " refer to it");
      } else {
        unusable.add(field + " (" + target.display() + ")");
      }
    }
    listener.unresolvedRef(
        Reasons.INVALID_CERTIFICATE_REF,
        String.join(", ", unusable.isEmpty() ? List.of(listener.field(".tls.certificateRefs")) : unusable)
            + ": an ALB takes certificates only from ACM, not from Kubernetes Secrets, so "
            + source(context, listener.port())
            + ". To choose the certificate, set defaultCertificate to an ACM certificate ARN in the "
            + "LoadBalancerConfiguration's listenerConfigurations entry for HTTPS:"
            + listener.port()
            + ", or set none and have a certificate for the listener's hostnames issued in ACM");
  }

  /** Where the ALB listener's certificate comes from instead of the Secret. */
  private static String source(GatewayContext context, int port) {
    Optional<String> configured =
        context.loadBalancerConfiguration().listenerConfigurations().stream()
            .filter(c -> forHttpsPort(c, port))
            .map(ListenerConfiguration::defaultCertificate)
            .flatMap(Optional::stream)
            .findFirst();
    return configured
        .map(arn -> "the listener uses " + arn + " from the LoadBalancerConfiguration instead")
        .orElse("the listener uses the ACM certificates found for the hostnames it serves instead");
  }

  private static boolean forHttpsPort(ListenerConfiguration configuration, int port) {
    return configuration
        .parsedProtocolPort()
        .filter(p -> p.protocol().filter(ElbProtocol.HTTPS::equals).isPresent())
        .filter(p -> p.port().filter(q -> q == port).isPresent())
        .isPresent();
  }

  private static boolean granted(GatewayContext context, ObjectKey from, ObjectKey to) {
    return context.snapshot().referenceGrantsIn(to.namespace()).stream().anyMatch(g -> g.permits(from, to));
  }
}
