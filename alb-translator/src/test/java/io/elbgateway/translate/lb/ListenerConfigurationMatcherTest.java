/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.aws.ListenerConfiguration;
import io.elbgateway.model.elb.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListenerConfigurationMatcherTest {

  private static ListenerConfiguration entry(String protocolPort) {
    return ListenerConfiguration.builder().protocolPort(protocolPort).sslPolicy(protocolPort).build();
  }

  private static String match(ListenerConfigurationMatcher matcher, Protocol protocol, int port) {
    return matcher.match(protocol, port).flatMap(ListenerConfiguration::sslPolicy).orElse("none");
  }

  @Test
  void theMostSpecificEntryApplies() {
    ListenerConfigurationMatcher matcher =
        new ListenerConfigurationMatcher(List.of(entry(":"), entry("HTTPS:"), entry(":443"), entry("HTTPS:443")));
    assertThat(match(matcher, Protocol.HTTPS, 443)).isEqualTo("HTTPS:443");
    assertThat(match(matcher, Protocol.HTTP, 443)).isEqualTo(":443");
    assertThat(match(matcher, Protocol.HTTPS, 8443)).isEqualTo("HTTPS:");
    assertThat(match(matcher, Protocol.HTTP, 80)).isEqualTo(":");
    assertThat(matcher.unused()).isEmpty();
  }

  @Test
  void protocolPortIsComparedIgnoringCase() {
    ListenerConfigurationMatcher matcher = new ListenerConfigurationMatcher(List.of(entry("https:443")));
    assertThat(match(matcher, Protocol.HTTPS, 443)).isEqualTo("https:443");
    assertThat(match(matcher, Protocol.HTTP, 443)).isEqualTo("none");
  }

  @Test
  void malformedRepeatedAndUnusedEntriesAreKnown() {
    ListenerConfigurationMatcher matcher =
        new ListenerConfigurationMatcher(
            List.of(entry("HTTPS:443"), entry("https:443"), entry("HTTPS"), entry("TCP:53"), entry("HTTP:080")));
    assertThat(match(matcher, Protocol.HTTPS, 443)).isEqualTo("HTTPS:443");
    assertThat(matcher.duplicates()).extracting(ListenerConfiguration::protocolPort).containsExactly("https:443");
    assertThat(matcher.unparsable()).extracting(ListenerConfiguration::protocolPort).containsExactly("HTTPS", "HTTP:080");
    assertThat(matcher.unused()).extracting(ListenerConfiguration::protocolPort).containsExactly("TCP:53");
  }
}
