/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import io.elbgateway.model.gateway.ReferenceGrant;

/**
 * Checks a ReferenceGrant: 1 to 16 {@code from} entries (group, kind and namespace formats) and 1
 * to 16 {@code to} entries (group, kind and, when given, name formats).
 */
final class ReferenceGrantValidator implements Validator<ReferenceGrant> {

  @Override
  public void validate(ReferenceGrant grant, Checks checks) {
    Checks spec = checks.at("spec");
    if (spec.items("from", grant.spec().from(), 1, 16)) {
      spec.each(
          "from",
          grant.spec().from(),
          (c, from) -> {
            c.format("group", from.group(), Formats.GROUP);
            c.format("kind", from.kind(), Formats.KIND);
            c.format("namespace", from.namespace(), Formats.NAMESPACE);
          });
    }
    if (spec.items("to", grant.spec().to(), 1, 16)) {
      spec.each(
          "to",
          grant.spec().to(),
          (c, to) -> {
            c.format("group", to.group(), Formats.GROUP);
            c.format("kind", to.kind(), Formats.KIND);
            to.name().filter(n -> !n.isEmpty()).ifPresent(n -> c.format("name", n, Formats.OBJECT_NAME));
          });
    }
  }
}
