/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostnamesTest {

  @Test
  void wildcardCoversOneOrMoreLabelsButNotTheBareSuffix() {
    assertThat(Hostnames.covers("*.example.com", "test.example.com")).isTrue();
    assertThat(Hostnames.covers("*.example.com", "foo.test.example.com")).isTrue();
    assertThat(Hostnames.covers("*.example.com", "example.com")).isFalse();
    assertThat(Hostnames.covers("*.example.com", "test.example.net")).isFalse();
    assertThat(Hostnames.covers("*.example.com", "badexample.com")).isFalse();
    assertThat(Hostnames.covers("*.example.com", "*.foo.example.com")).isTrue();
    assertThat(Hostnames.covers("*.example.com", "*.example.com")).isTrue();
    assertThat(Hostnames.covers("*.foo.example.com", "*.example.com")).isFalse();
    assertThat(Hostnames.covers("test.example.com", "*.example.com")).isFalse();
    assertThat(Hostnames.covers("Test.Example.com", "test.example.com")).isTrue();
  }

  @Test
  void intersectionKeepsTheMoreSpecificName() {
    assertThat(Hostnames.intersection("test.example.com", "*.example.com")).contains("test.example.com");
    assertThat(Hostnames.intersection("*.example.com", "test.example.com")).contains("test.example.com");
    assertThat(Hostnames.intersection("*.example.com", "*.foo.example.com")).contains("*.foo.example.com");
    assertThat(Hostnames.intersection("*.example.com", "example.com")).isEmpty();
    assertThat(Hostnames.intersection("a.example.com", "b.example.com")).isEmpty();
  }

  @Test
  void effectiveHostnamesFollowTheSpecsFourCases() {
    assertThat(Hostnames.effective(Optional.empty(), List.of())).contains(List.of());
    assertThat(Hostnames.effective(Optional.of("a.example.com"), List.of())).contains(List.of("a.example.com"));
    assertThat(Hostnames.effective(Optional.empty(), List.of("x.io", "y.io", "x.io"))).contains(List.of("x.io", "y.io"));
    assertThat(
            Hostnames.effective(
                Optional.of("*.example.com"),
                List.of("test.example.com", "example.com", "*.example.com", "foo.test.example.com", "test.example.net")))
        .contains(List.of("test.example.com", "*.example.com", "foo.test.example.com"));
    assertThat(Hostnames.effective(Optional.of("test.example.com"), List.of("*.example.com", "test.example.com")))
        .contains(List.of("test.example.com"));
    assertThat(Hostnames.effective(Optional.of("*.example.com"), List.of("example.com", "x.example.net"))).isEmpty();
  }
}
