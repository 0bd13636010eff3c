/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws.wire;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes an {@code application/x-www-form-urlencoded} body (or a query string) into parameters. */
final class FormParameters {

  private FormParameters() {}

  /**
   * Adds the parameters of {@code encoded} to {@code into}, in order. A name without {@code =}
   * has the value {@code ""}: the Query protocol sends an empty list as {@code Name=}, and some
   * encoders drop the {@code =}.
   */
  static void decodeInto(String encoded, Map<String, List<String>> into) {
    if (encoded == null || encoded.isEmpty()) {
      return;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      into.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
  }

  /** The parameters of {@code encoded}, in order. */
  static Map<String, List<String>> decode(String... encoded) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String part : encoded) {
      decodeInto(part, params);
    }
    return params;
  }

  private static String decode(String s) {
    // The SDK percent-encodes '+' (as %2B) and spaces (as %20), so URLDecoder's '+' rule is safe.
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
