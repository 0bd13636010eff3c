/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import io.elbgateway.model.core.AddressType;
import io.elbgateway.model.core.Endpoint;
import io.elbgateway.model.core.EndpointPort;
import io.elbgateway.model.core.EndpointSlice;
import java.util.HashSet;
import java.util.Set;

/**
 * The rules the API server enforces on an EndpointSlice: at most 1000 endpoints, each with 1 to 100
 * addresses of the slice's address type (IPs neither unspecified, loopback nor link-local), a DNS
 * label hostname and a valid node name; at most 100 ports with unique DNS label names and a
 * qualified-name {@code appProtocol}.
 */
final class EndpointSliceValidator implements Validator<EndpointSlice> {

  static final int MAX_ENDPOINTS = 1000;
  static final int MAX_ADDRESSES = 100;
  static final int MAX_PORTS = 100;

  private static final Format FQDN =
      Format.of(
          "fully qualified domain name (at least two labels)",
          "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+$",
          1,
          253);

  @Override
  public void validate(EndpointSlice slice, Checks checks) {
    if (checks.items("endpoints", slice.endpoints(), 0, MAX_ENDPOINTS)) {
      checks.each(
          "endpoints", slice.endpoints(), (c, e) -> validateEndpoint(e, slice.addressType(), c));
    }
    if (checks.items("ports", slice.ports(), 0, MAX_PORTS)) {
      Set<String> names = new HashSet<>();
      checks.each("ports", slice.ports(), (c, port) -> validatePort(port, names, c));
    }
  }

  private static void validateEndpoint(Endpoint endpoint, AddressType type, Checks c) {
    if (c.items("addresses", endpoint.addresses(), 1, MAX_ADDRESSES)) {
      c.each("addresses", endpoint.addresses(), (a, address) -> validateAddress(address, type, a));
    }
    c.ifPresent(
        "hostname", endpoint.hostname(), (h, value) -> h.format(value, Formats.RFC1123_LABEL));
    c.ifPresent(
        "nodeName", endpoint.nodeName(), (n, value) -> n.format(value, Formats.OBJECT_NAME));
  }

  private static void validateAddress(String address, AddressType type, Checks a) {
    switch (type) {
      case IPV4:
        int[] v4 = parseIpv4(address);
        if (a.require(v4 != null, "\"" + address + "\" is not a valid IPv4 address")) {
          a.require(
              !specialIpv4(v4),
              "\"" + address + "\" may not be unspecified, loopback or link-local");
        }
        break;
      case IPV6:
        int[] v6 = parseIpv6(address);
        if (a.require(v6 != null, "\"" + address + "\" is not a valid IPv6 address")) {
          a.require(
              !specialIpv6(v6),
              "\"" + address + "\" may not be unspecified, loopback or link-local");
        }
        break;
      case FQDN:
        String clean = address.endsWith(".") ? address.substring(0, address.length() - 1) : address;
        a.format(clean, FQDN);
        break;
      default:
        throw new AssertionError(type);
    }
  }

  private static void validatePort(EndpointPort port, Set<String> names, Checks c) {
    if (!port.name().isEmpty()) {
      c.format("name", port.name(), Formats.RFC1123_LABEL);
    }
    c.at("name")
        .require(
            names.add(port.name()),
            port.name().isEmpty()
                ? "duplicate unnamed port"
                : "duplicate port name " + port.name());
    c.ifPresent(
        "appProtocol", port.appProtocol(), (a, value) -> a.format(value, Formats.QUALIFIED_NAME));
  }

  /** The four octets of a dotted-quad IPv4 address (no leading zeros), or null. */
  static int[] parseIpv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    int[] octets = new int[4];
    for (int i = 0; i < 4; i++) {
      String part = parts[i];
      if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
        return null;
      }
      for (int j = 0; j < part.length(); j++) {
        if (part.charAt(j) < '0' || part.charAt(j) > '9') {
          return null;
        }
      }
      octets[i] = Integer.parseInt(part);
      if (octets[i] > 255) {
        return null;
      }
    }
    return octets;
  }

  /** The eight 16-bit groups of an IPv6 address (with {@code ::} and a trailing IPv4), or null. */
  static int[] parseIpv6(String text) {
    if (text.isEmpty() || text.indexOf('%') >= 0) {
      return null;
    }
    int doubleColon = text.indexOf("::");
    if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
      return null;
    }
    String head = doubleColon >= 0 ? text.substring(0, doubleColon) : text;
    String tail = doubleColon >= 0 ? text.substring(doubleColon + 2) : "";
    int[] headGroups = groups(head, doubleColon < 0);
    int[] tailGroups = groups(tail, true);
    if (headGroups == null || tailGroups == null) {
      return null;
    }
    int count = headGroups.length + tailGroups.length;
    if (doubleColon < 0 ? count != 8 : count > 7) {
      return null;
    }
    int[] result = new int[8];
    System.arraycopy(headGroups, 0, result, 0, headGroups.length);
    System.arraycopy(tailGroups, 0, result, 8 - tailGroups.length, tailGroups.length);
    return result;
  }

  /** Colon-separated hex groups; the last may be a dotted IPv4 address (two groups) if allowed. */
  private static int[] groups(String text, boolean ipv4Allowed) {
    if (text.isEmpty()) {
      return new int[0];
    }
    String[] parts = text.split(":", -1);
    int[] out = new int[parts.length + 1];
    int n = 0;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (i == parts.length - 1 && ipv4Allowed && part.indexOf('.') >= 0) {
        int[] v4 = parseIpv4(part);
        if (v4 == null) {
          return null;
        }
        out[n++] = (v4[0] << 8) | v4[1];
        out[n++] = (v4[2] << 8) | v4[3];
        continue;
      }
      if (part.isEmpty() || part.length() > 4) {
        return null;
      }
      int value = 0;
      for (int j = 0; j < part.length(); j++) {
        int digit = Character.digit(part.charAt(j), 16);
        if (digit < 0) {
          return null;
        }
        value = value * 16 + digit;
      }
      out[n++] = value;
    }
    int[] trimmed = new int[n];
    System.arraycopy(out, 0, trimmed, 0, n);
    return trimmed;
  }

  /** Unspecified, loopback, link-local unicast or link-local multicast. */
  private static boolean specialIpv4(int[] o) {
    return (o[0] == 0 && o[1] == 0 && o[2] == 0 && o[3] == 0)
        || o[0] == 127
        || (o[0] == 169 && o[1] == 254)
        || (o[0] == 224 && o[1] == 0 && o[2] == 0);
  }

  /** Unspecified, loopback, link-local unicast ({@code fe80::/10}) or link-local multicast. */
  private static boolean specialIpv6(int[] g) {
    boolean zeroPrefix = true;
    for (int i = 0; i < 7; i++) {
      zeroPrefix &= g[i] == 0;
    }
    if (zeroPrefix && (g[7] == 0 || g[7] == 1)) {
      return true;
    }
    boolean v4Mapped =
        g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff;
    if (v4Mapped) {
      return specialIpv4(new int[] {g[6] >> 8, g[6] & 0xff, g[7] >> 8, g[7] & 0xff});
    }
    return (g[0] & 0xffc0) == 0xfe80 || (g[0] & 0xff0f) == 0xff02;
  }
}
