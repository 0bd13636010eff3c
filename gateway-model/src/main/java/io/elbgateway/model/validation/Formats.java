/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

/**
 * The string formats of the Gateway API's shared types ({@code apis/v1/shared_types.go}) and of
 * Kubernetes object names, as the CRD schemas give them.
 */
public final class Formats {

  private static final String DNS_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";

  /** {@code Hostname}: lowercase RFC 1123 labels, an optional leading {@code *.} wildcard. */
  public static final Format HOSTNAME =
      Format.of("hostname", "^(\\*\\.)?" + DNS_LABEL + "(\\." + DNS_LABEL + ")*$", 1, 253);

  /** {@code PreciseHostname}: a hostname without wildcard. */
  public static final Format PRECISE_HOSTNAME =
      Format.of("precise hostname", "^" + DNS_LABEL + "(\\." + DNS_LABEL + ")*$", 1, 253);

  /** {@code SectionName} (listener, rule, port names) and object names: an RFC 1123 subdomain. */
  public static final Format SECTION_NAME =
      Format.of("section name", "^" + DNS_LABEL + "(\\." + DNS_LABEL + ")*$", 1, 253);

  /** {@code ObjectName}: a Kubernetes object name (RFC 1123 subdomain). */
  public static final Format OBJECT_NAME =
      Format.of("object name", "^" + DNS_LABEL + "(\\." + DNS_LABEL + ")*$", 1, 253);

  /** {@code Namespace}: an RFC 1123 label. */
  public static final Format NAMESPACE = Format.of("namespace", "^" + DNS_LABEL + "$", 1, 63);

  /** {@code Kind}. */
  public static final Format KIND = Format.of("kind", "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$", 1, 63);

  /** {@code Group}: empty (the core group) or an RFC 1123 subdomain. */
  public static final Format GROUP =
      Format.of("group", "^$|^" + DNS_LABEL + "(\\." + DNS_LABEL + ")*$", 0, 253);

  /** {@code HTTPHeaderName} and query parameter names: RFC 7230 token characters. */
  public static final Format HEADER_NAME =
      Format.of("header name", "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$", 1, 256);

  /** {@code Duration} (GEP-2257): up to four groups of at most five digits and h, m, s or ms. */
  public static final Format DURATION =
      Format.of("Duration (e.g. 1h30m, 500ms)", "^([0-9]{1,5}(h|m|s|ms)){1,4}$", 1, 28);

  /**
   * {@code GatewayController} / controllerName: a domain-prefixed path such as
   * {@code gateway.k8s.aws/alb}.
   */
  public static final Format CONTROLLER_NAME =
      Format.of(
          "controller name (domain/path)",
          "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$",
          1,
          253);

  /**
   * {@code ProtocolType}: a core protocol name ({@code HTTP}, ...) or a domain-prefixed custom
   * protocol such as {@code example.com/custom}.
   */
  public static final Format PROTOCOL =
      Format.of(
          "protocol (e.g. HTTPS or example.com/custom)",
          "^([a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?|" + DNS_LABEL + "(\\." + DNS_LABEL + ")*\\/[A-Za-z0-9]+)$",
          1,
          255);

  /** {@code AddressType}: IPAddress, Hostname, NamedAddress or a domain-prefixed type. */
  public static final Format ADDRESS_TYPE =
      Format.of(
          "address type (IPAddress, Hostname or domain/type)",
          "^(Hostname|IPAddress|NamedAddress|"
              + DNS_LABEL
              + "(\\."
              + DNS_LABEL
              + ")*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+)$",
          1,
          253);

  /** A Kubernetes label value: at most 63 characters, alphanumeric at both ends. */
  public static final Format LABEL_VALUE =
      Format.of("label value", "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", 0, 63);

  /** {@code AnnotationKey} (TLS {@code options} keys): slash-separated alphanumeric segments. */
  public static final Format ANNOTATION_KEY =
      Format.of(
          "option key (e.g. example.com/my-option)",
          "^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?(/[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)*/?$",
          1,
          253);

  /** {@code AbsoluteURI}: a URI with a scheme and an authority, e.g. {@code spiffe://cluster/ns/a}. */
  public static final Format ABSOLUTE_URI =
      Format.of(
          "absolute URI (scheme://...)", "^(([^:/?#]+):)(//([^/?#]*))([^?#]*)(\\?([^#]*))?(#(.*))?$", 1, 253);

  /** An RFC 1123 DNS label, as Kubernetes port names and endpoint hostnames must be. */
  public static final Format RFC1123_LABEL = Format.of("DNS label", "^" + DNS_LABEL + "$", 1, 63);

  /**
   * {@code IANA_SVC_NAME}: a named port (a Service's {@code targetPort}), at most 15 lowercase
   * letters, digits and hyphens, at least one letter, no leading, trailing or doubled hyphen.
   */
  public static final Format IANA_SVC_NAME =
      Format.of("IANA service name", "^(?=.*[a-z])(?!.*--)[a-z0-9]([-a-z0-9]*[a-z0-9])?$", 1, 15);

  /**
   * A Kubernetes qualified name (label and annotation keys, {@code appProtocol}): an optional DNS
   * subdomain prefix and
   * {@code /}, then a name of at most 63 alphanumerics, {@code -}, {@code _} and {@code .}.
   */
  public static final Format QUALIFIED_NAME =
      Format.of(
          "qualified name (a label or annotation key such as example.com/team, or an appProtocol such as kubernetes.io/h2c)",
          "^(" + DNS_LABEL + "(\\." + DNS_LABEL + ")*/)?"
              + "[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$",
          1,
          317);

  private Formats() {}
}
