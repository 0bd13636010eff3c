/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import com.google.common.net.InetAddresses;
import java.math.BigInteger;
import java.net.InetAddress;
import java.util.Optional;

/**
 * An IPv4 or IPv6 CIDR block of a {@code source-ip} condition (alb-elbv2.md §1.2: "IPv4/IPv6 CIDRs,
 * no wildcards"). Addresses are parsed without any name lookup (Guava {@code InetAddresses}).
 */
final class Cidr {

  private final byte[] network;
  private final int prefixLength;

  private Cidr(byte[] network, int prefixLength) {
    this.network = network;
    this.prefixLength = prefixLength;
  }

  /**
   * Parses {@code a.b.c.d/n} or {@code x:y::z/n}; empty if malformed. A value without {@code /n}
   * is read as a single address (/32, /128); AWS asks for CIDR notation, so this only matters for
   * configurations AWS would reject.
   */
  static Optional<Cidr> parse(String value) {
    int slash = value.indexOf('/');
    Optional<byte[]> address = address(slash < 0 ? value : value.substring(0, slash));
    if (address.isEmpty()) {
      return Optional.empty();
    }
    int bits = address.get().length * 8;
    int prefix;
    try {
      prefix = slash < 0 ? bits : Integer.parseInt(value.substring(slash + 1));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (prefix < 0 || prefix > bits) {
      return Optional.empty();
    }
    return Optional.of(new Cidr(address.get(), prefix));
  }

  /** The bytes of an IPv4 (4) or IPv6 (16) literal; empty if {@code text} is not one. */
  static Optional<byte[]> address(String text) {
    if (!InetAddresses.isInetAddress(text)) {
      return Optional.empty();
    }
    InetAddress parsed = InetAddresses.forString(text);
    return Optional.of(parsed.getAddress());
  }

  /**
   * Whether {@code address} lies in this block. An IPv4 address never lies in an IPv6 block and the
   * other way round. AWS does not document IPv4-mapped IPv6 addresses; the parser reads
   * {@code ::ffff:a.b.c.d} as the IPv4 address (as {@code java.net.InetAddress} does).
   */
  boolean contains(byte[] address) {
    if (address.length != network.length) {
      return false;
    }
    int bits = network.length * 8;
    BigInteger mask =
        prefixLength == 0
            ? BigInteger.ZERO
            : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                .shiftRight(bits - prefixLength).shiftLeft(bits - prefixLength);
    return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
  }
}
