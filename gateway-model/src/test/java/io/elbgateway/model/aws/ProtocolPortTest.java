/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProtocolPortTest {

  @Test
  void parsesProtocolAndPort() {
    assertThat(ProtocolPort.parse("HTTPS:443"))
        .contains(ProtocolPort.of(Optional.of(ElbProtocol.HTTPS), Optional.of(443)));
    assertThat(ProtocolPort.parse("TCP_UDP:53"))
        .contains(ProtocolPort.of(Optional.of(ElbProtocol.TCP_UDP), Optional.of(53)));
  }

  @Test
  void eitherHalfMayBeLeftOut() {
    assertThat(ProtocolPort.parse(":8443"))
        .contains(ProtocolPort.of(Optional.empty(), Optional.of(8443)));
    assertThat(ProtocolPort.parse("TLS:"))
        .contains(ProtocolPort.of(Optional.of(ElbProtocol.TLS), Optional.empty()));
    assertThat(ProtocolPort.parse(":")).contains(ProtocolPort.of(Optional.empty(), Optional.empty()));
  }

  @Test
  void rejectsWhatThePatternRejects() {
    assertThat(ProtocolPort.parse("https:443")).isEmpty();
    assertThat(ProtocolPort.parse("HTTPS:0")).isEmpty();
    assertThat(ProtocolPort.parse("HTTPS:65536")).isEmpty();
    assertThat(ProtocolPort.parse("HTTPS:0443")).isEmpty();
    assertThat(ProtocolPort.parse("HTTPS443")).isEmpty();
    assertThat(ProtocolPort.parse("QUIC:443")).isEmpty();
    assertThat(ProtocolPort.parse("HTTPS:65535")).isPresent();
  }

  @Test
  void writesBackTheText() {
    assertThat(ProtocolPort.parse("UDP:5000").orElseThrow().text()).isEqualTo("UDP:5000");
    assertThat(ProtocolPort.parse(":80").orElseThrow().text()).isEqualTo(":80");
  }
}
