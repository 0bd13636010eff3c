/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Gateway API {@code SessionPersistence} (experimental): keeps a client's requests on one backend
 * by a cookie (default) or a header.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSessionPersistence.class)
@JsonDeserialize(as = ImmutableSessionPersistence.class)
public interface SessionPersistence {

  /** The name of the cookie or header, at most 128 characters. */
  Optional<String> sessionName();

  /** Gateway API {@code Duration} after which the session ends; required for permanent cookies. */
  Optional<String> absoluteTimeout();

  /** Gateway API {@code Duration} of idleness after which the session ends. */
  Optional<String> idleTimeout();

  @Value.Default
  default SessionPersistenceType type() {
    return SessionPersistenceType.COOKIE;
  }

  Optional<CookieConfig> cookieConfig();

  /** A builder. */
  static ImmutableSessionPersistence.Builder builder() {
    return ImmutableSessionPersistence.builder();
  }
}
