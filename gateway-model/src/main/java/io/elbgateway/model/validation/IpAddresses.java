/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import java.util.regex.Pattern;

/**
 * IP address and CIDR syntax, parsed as text (never a name lookup). CIDRs as Go's
 * {@code net.ParseCIDR} accepts them: an IPv4 address (decimal octets without
 * leading zeros) with a prefix length 0-32, or an IPv6 address (with {@code ::} compression and an
 * optional trailing IPv4 part) with a prefix length 0-128. Host bits may be set; no name lookup.
 */
final class IpAddresses {

  private static final Pattern OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");
  private static final Pattern HEXTET = Pattern.compile("[0-9A-Fa-f]{1,4}");
  private static final Pattern PREFIX = Pattern.compile("0|[1-9][0-9]{0,2}");

  private IpAddresses() {}

  /** Whether {@code text} is an IPv4 or IPv6 CIDR block. */
  static boolean isCidr(String text) {
    int slash = text.indexOf('/');
    if (slash < 0 || slash != text.lastIndexOf('/')) {
      return false;
    }
    String address = text.substring(0, slash);
    String prefix = text.substring(slash + 1);
    if (!PREFIX.matcher(prefix).matches()) {
      return false;
    }
    int length = Integer.parseInt(prefix);
    if (address.indexOf(':') >= 0) {
      return length <= 128 && isIpv6(address);
    }
    return length <= 32 && isIpv4(address);
  }

  /** Whether {@code text} is an IPv4 address in dotted-decimal form or an IPv6 address. */
  static boolean isIpAddress(String text) {
    return text.indexOf(':') >= 0 ? isIpv6(text) : isIpv4(text);
  }

  static boolean isIpv4(String address) {
    String[] parts = address.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (!OCTET.matcher(part).matches() || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  static boolean isIpv6(String address) {
    String text = address;
    int lastColon = text.lastIndexOf(':');
    String tail = text.substring(lastColon + 1);
    if (tail.indexOf('.') >= 0) {
      if (!isIpv4(tail)) {
        return false;
      }
      text = text.substring(0, lastColon + 1) + "0:0"; // the IPv4 part is two groups
    }
    int compression = text.indexOf("::");
    if (compression < 0) {
      return countGroups(text) == 8;
    }
    if (text.indexOf("::", compression + 1) >= 0) {
      return false;
    }
    int head = countGroups(text.substring(0, compression));
    int rest = countGroups(text.substring(compression + 2));
    return head >= 0 && rest >= 0 && head + rest <= 7;
  }

  /** The number of colon-separated hex groups in {@code text}, 0 when empty, -1 when malformed. */
  private static int countGroups(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    String[] parts = text.split(":", -1);
    for (String part : parts) {
      if (!HEXTET.matcher(part).matches()) {
        return -1;
      }
    }
    return parts.length;
  }
}
