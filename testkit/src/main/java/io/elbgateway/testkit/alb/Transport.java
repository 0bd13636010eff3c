/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

/** The transport of a {@link Connection}: a TCP connection (plain or TLS) or UDP datagrams. */
public enum Transport {
  TCP,
  UDP
}
