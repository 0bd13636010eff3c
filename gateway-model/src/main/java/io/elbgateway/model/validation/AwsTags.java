/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import java.util.Map;

/**
 * The limits ELBv2 puts on resource tags: a key of 1 to 128 characters that does not start with the
 * reserved {@code aws:} prefix, a value of at most 256 characters. The {@code gateway.k8s.aws} CRDs
 * do not check them; {@code AddTags} rejects them, failing the whole reconcile.
 */
final class AwsTags {

  static final int MAX_KEY_LENGTH = 128;
  static final int MAX_VALUE_LENGTH = 256;

  private AwsTags() {}

  /** Checks the tag map in {@code field}; each problem is reported at that field, naming the key. */
  static void check(Checks checks, String field, Map<String, String> tags) {
    Checks at = checks.at(field);
    tags.forEach(
        (key, value) -> {
          if (key.isEmpty()) {
            at.error("tag key must not be empty");
          } else if (key.length() > MAX_KEY_LENGTH) {
            at.error(
                "tag key \"" + key + "\" must have at most " + MAX_KEY_LENGTH
                    + " characters (has " + key.length() + ")");
          }
          if (key.toLowerCase(java.util.Locale.ROOT).startsWith("aws:")) {
            at.error("tag key \"" + key + "\" uses the reserved prefix \"aws:\"");
          }
          if (value.length() > MAX_VALUE_LENGTH) {
            at.error(
                "value of tag \"" + key + "\" must have at most " + MAX_VALUE_LENGTH
                    + " characters (has " + value.length() + ")");
          }
        });
  }
}
