/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProtocolTypeTest {

  @Test
  void coreProtocolsMatchWithoutRegardToCase() {
    assertThat(ProtocolType.matches("https", ProtocolType.HTTPS)).isTrue();
    assertThat(ProtocolType.matches("HTTP", ProtocolType.HTTPS)).isFalse();
    assertThat(ProtocolType.core("tcp")).contains("TCP");
  }

  @Test
  void domainPrefixedProtocolsAreNotCore() {
    assertThat(ProtocolType.isCore("example.com/quic")).isFalse();
    assertThat(ProtocolType.core("example.com/quic")).isEmpty();
    assertThat(ProtocolType.isCore("UDP")).isTrue();
  }
}
