/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.0.0.0/0", "10.0.0.0/8", "192.0.2.1/32", "10.1.2.3/16", "::/0", "2001:db8::/32",
        "fe80::1/64", "2001:db8:0:0:0:0:0:1/128", "::ffff:192.0.2.1/128", "1:2:3:4:5:6:7::/112"
      })
  void acceptsCidrs(String cidr) {
    assertThat(IpAddresses.isCidr(cidr)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "10.0.0.0", "10.0.0.0/33", "10.0.0.256/8", "010.0.0.0/8", "10.0.0/8", "10.0.0.0/08",
        "10.0.0.0/-1", "2001:db8::/129", "2001:db8:::/32", "1::2::3/64", "12345::/16",
        "1:2:3:4:5:6:7:8:9/64", "1:2:3:4:5:6:7/64", "example.com/32", "10.0.0.0/8/8", "::g/64"
      })
  void rejectsNonCidrs(String text) {
    assertThat(IpAddresses.isCidr(text)).isFalse();
  }
}
