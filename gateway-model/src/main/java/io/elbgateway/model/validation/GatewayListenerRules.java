/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import io.elbgateway.model.gateway.AllowedRoutes;
import io.elbgateway.model.gateway.FromNamespaces;
import io.elbgateway.model.gateway.FrontendTLSValidation;
import io.elbgateway.model.gateway.ListenerDefinition;
import io.elbgateway.model.gateway.ListenerTLSConfig;
import io.elbgateway.model.gateway.ProtocolType;
import io.elbgateway.model.gateway.TLSModeType;
import io.elbgateway.model.meta.LabelSelector;
import io.elbgateway.model.meta.LocalObjectReference;
import io.elbgateway.model.meta.ObjectReference;
import io.elbgateway.model.meta.ParametersReference;
import io.elbgateway.model.meta.RouteGroupKind;
import io.elbgateway.model.meta.SecretObjectReference;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The listener rules a Gateway and a ListenerSet share (OpenAPI limits and the CEL rules on
 * {@code listeners}), and checks of the reference and map fields of the gateway kinds.
 */
final class GatewayListenerRules {

  /** Largest value of an {@code AnnotationValue} (TLS options, infrastructure annotations). */
  static final int ANNOTATION_VALUE_MAX = 4096;

  private GatewayListenerRules() {}

  /**
   * Checks {@code listeners} at {@code spec}: 1 to 64 items, unique names, unique (port, protocol,
   * hostname), and each listener's own rules.
   *
   * @param minPort the smallest legal port (1, or 0 for an XListenerSet entry)
   * @param foldProtocolCase whether the uniqueness rule compares protocols without regard to case
   */
  static void checkListeners(
      Checks spec, List<? extends ListenerDefinition> listeners, int minPort, boolean foldProtocolCase) {
    spec.items("listeners", listeners, 1, 64);
    spec.unique("listeners", listeners, ListenerDefinition::name, "listener name");
    spec.unique(
        "listeners",
        listeners,
        l ->
            l.port()
                + "/"
                + (foldProtocolCase ? l.protocol().toLowerCase(Locale.ROOT) : l.protocol())
                + "/"
                + l.hostname().map(h -> h.isEmpty() ? "\"\"" : h).orElse("*"),
        "port/protocol/hostname combination");
    spec.each("listeners", listeners, (c, l) -> checkListener(c, l, minPort));
  }

  private static void checkListener(Checks c, ListenerDefinition listener, int minPort) {
    c.format("name", listener.name(), Formats.SECTION_NAME);
    listener.hostname().filter(h -> !h.isEmpty()).ifPresent(h -> c.format("hostname", h, Formats.HOSTNAME));
    c.range("port", listener.port(), minPort, 65535);
    c.format("protocol", listener.protocol(), Formats.PROTOCOL);
    String protocol = listener.protocol();
    boolean plain =
        ProtocolType.matches(protocol, ProtocolType.HTTP)
            || ProtocolType.matches(protocol, ProtocolType.TCP)
            || ProtocolType.matches(protocol, ProtocolType.UDP);
    if (plain && listener.tls().isPresent()) {
      c.at("tls").error("tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']");
    }
    if (ProtocolType.matches(protocol, ProtocolType.HTTPS)
        && listener.tlsMode().filter(m -> m != TLSModeType.TERMINATE).isPresent()) {
      c.at("tls").at("mode").error("tls mode must be Terminate for protocol HTTPS");
    }
    if (ProtocolType.matches(protocol, ProtocolType.TLS) && listener.tls().isEmpty()) {
      c.at("tls").error("tls mode must be set for protocol TLS");
    }
    if ((ProtocolType.matches(protocol, ProtocolType.TCP) || ProtocolType.matches(protocol, ProtocolType.UDP))
        && listener.hostname().filter(h -> !h.isEmpty()).isPresent()) {
      c.at("hostname").error("hostname must not be specified for protocols ['TCP', 'UDP']");
    }
    c.ifPresent("tls", listener.tls(), GatewayListenerRules::checkTls);
    checkAllowedRoutes(c.at("allowedRoutes"), listener.allowedRoutes());
  }

  private static void checkTls(Checks c, ListenerTLSConfig tls) {
    if (tls.mode() == TLSModeType.TERMINATE
        && tls.certificateRefs().isEmpty()
        && tls.options().isEmpty()) {
      c.error("certificateRefs or options must be specified when mode is Terminate");
    }
    if (c.items("certificateRefs", tls.certificateRefs(), 0, 64)) {
      c.each("certificateRefs", tls.certificateRefs(), GatewayListenerRules::checkSecretRef);
    }
    c.ifPresent("frontendValidation", tls.frontendValidation(), GatewayListenerRules::checkFrontendValidation);
    checkOptions(c, "options", tls.options());
  }

  private static void checkAllowedRoutes(Checks c, AllowedRoutes allowedRoutes) {
    Checks namespaces = c.at("namespaces");
    FromNamespaces from = allowedRoutes.namespaces().from();
    namespaces.at("from").require(from != FromNamespaces.NONE, "must be one of All, Selector, Same (is None)");
    checkSelector(namespaces, from, allowedRoutes.namespaces().selector());
    if (c.items("kinds", allowedRoutes.kinds(), 0, 8)) {
      c.each("kinds", allowedRoutes.kinds(), GatewayListenerRules::checkRouteGroupKind);
    }
  }

  /** {@code selector} must be given when {@code from} is Selector. */
  static void checkSelector(Checks namespaces, FromNamespaces from, Optional<LabelSelector> selector) {
    if (from == FromNamespaces.SELECTOR) {
      namespaces.at("selector").require(selector.isPresent(), "selector must be specified when from is Selector");
    }
  }

  private static void checkRouteGroupKind(Checks c, RouteGroupKind kind) {
    c.format("group", kind.group(), Formats.GROUP);
    c.format("kind", kind.kind(), Formats.KIND);
  }

  /** Client certificate validation: 1 to 8 CA references. */
  static void checkFrontendValidation(Checks c, FrontendTLSValidation validation) {
    if (c.items("caCertificateRefs", validation.caCertificateRefs(), 1, 8)) {
      c.each("caCertificateRefs", validation.caCertificateRefs(), GatewayListenerRules::checkObjectRef);
    }
  }

  /** A {@code SecretObjectReference}: group, kind, name and namespace formats. */
  static void checkSecretRef(Checks c, SecretObjectReference ref) {
    c.format("group", ref.group(), Formats.GROUP);
    c.format("kind", ref.kind(), Formats.KIND);
    c.format("name", ref.name(), Formats.OBJECT_NAME);
    c.ifPresent("namespace", ref.namespace(), (n, ns) -> n.format(ns, Formats.NAMESPACE));
  }

  /** An {@code ObjectReference}: group, kind, name and namespace formats. */
  static void checkObjectRef(Checks c, ObjectReference ref) {
    c.format("group", ref.group(), Formats.GROUP);
    c.format("kind", ref.kind(), Formats.KIND);
    c.format("name", ref.name(), Formats.OBJECT_NAME);
    c.ifPresent("namespace", ref.namespace(), (n, ns) -> n.format(ns, Formats.NAMESPACE));
  }

  /** A {@code LocalObjectReference}: group, kind and name formats. */
  static void checkLocalRef(Checks c, LocalObjectReference ref) {
    c.format("group", ref.group(), Formats.GROUP);
    c.format("kind", ref.kind(), Formats.KIND);
    c.format("name", ref.name(), Formats.OBJECT_NAME);
  }

  /** A parameters reference: group and kind formats, a name of 1 to 253 characters. */
  static void checkParametersRef(Checks c, ParametersReference ref) {
    c.format("group", ref.group(), Formats.GROUP);
    c.format("kind", ref.kind(), Formats.KIND);
    c.length("name", ref.name(), 1, 253);
  }

  /** Implementation-specific options: at most 16, {@code AnnotationKey} keys, values of at most 4096. */
  static void checkOptions(Checks c, String field, Map<String, String> options) {
    if (!c.items(field, options, 0, 16)) {
      return;
    }
    Checks at = c.at(field);
    options.forEach(
        (key, value) -> {
          at.format(key, key, Formats.ANNOTATION_KEY);
          at.length(key, value, 0, ANNOTATION_VALUE_MAX);
        });
  }
}
