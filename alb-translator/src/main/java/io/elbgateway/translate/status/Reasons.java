/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.status;

/** Condition types and reasons, spelled as the Gateway API spec spells them. */
public final class Reasons {

  // Condition types.
  public static final String ACCEPTED = "Accepted";
  public static final String RESOLVED_REFS = "ResolvedRefs";
  public static final String PROGRAMMED = "Programmed";
  public static final String CONFLICTED = "Conflicted";
  public static final String PARTIALLY_INVALID = "PartiallyInvalid";
  public static final String OVERLAPPING_TLS_CONFIG = "OverlappingTLSConfig";
  public static final String SUPPORTED_VERSION = "SupportedVersion";

  // GatewayClass and Gateway reasons.
  public static final String INVALID_PARAMETERS = "InvalidParameters";
  public static final String UNSUPPORTED = "Unsupported";
  public static final String INVALID = "Invalid";
  public static final String LISTENERS_NOT_VALID = "ListenersNotValid";
  public static final String NOT_ALLOWED = "NotAllowed";
  public static final String PARENT_NOT_ACCEPTED = "ParentNotAccepted";
  public static final String ATTACHED_LISTENER_SETS = "AttachedListenerSets";
  public static final String LISTENER_SETS_ATTACHED = "ListenerSetsAttached";
  public static final String NO_LISTENER_SETS_ATTACHED = "NoListenerSetsAttached";
  public static final String LISTENER_SETS_NOT_ALLOWED = "ListenerSetsNotAllowed";
  public static final String PENDING = "Pending";

  // Listener reasons.
  public static final String PORT_UNAVAILABLE = "PortUnavailable";
  public static final String UNSUPPORTED_PROTOCOL = "UnsupportedProtocol";
  public static final String INVALID_CERTIFICATE_REF = "InvalidCertificateRef";
  public static final String INVALID_ROUTE_KINDS = "InvalidRouteKinds";
  public static final String HOSTNAME_CONFLICT = "HostnameConflict";
  public static final String PROTOCOL_CONFLICT = "ProtocolConflict";
  public static final String NO_CONFLICTS = "NoConflicts";
  public static final String OVERLAPPING_HOSTNAMES = "OverlappingHostnames";

  // Route reasons.
  public static final String NOT_ALLOWED_BY_LISTENERS = "NotAllowedByListeners";
  public static final String NO_MATCHING_LISTENER_HOSTNAME = "NoMatchingListenerHostname";
  public static final String NO_MATCHING_PARENT = "NoMatchingParent";
  public static final String UNSUPPORTED_VALUE = "UnsupportedValue";
  public static final String INCOMPATIBLE_FILTERS = "IncompatibleFilters";
  public static final String REF_NOT_PERMITTED = "RefNotPermitted";
  public static final String INVALID_KIND = "InvalidKind";
  public static final String BACKEND_NOT_FOUND = "BackendNotFound";

  private Reasons() {}
}
