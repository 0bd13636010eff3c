/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.equivalence;

import io.elbgateway.model.elb.RuleCondition;
import java.util.ArrayList;
import java.util.List;

/** Counts what the ALB quotas count in a rule condition (alb-elbv2.md: values and wildcards). */
final class QuotaCounting {

  private QuotaCounting() {}

  /** The match values of a condition (a query-string key/value pair is one value). */
  static List<String> values(RuleCondition c) {
    List<String> values = new ArrayList<>();
    c.hostHeaderConfig().ifPresent(h -> { values.addAll(h.values()); values.addAll(h.regexValues()); });
    c.pathPatternConfig().ifPresent(p -> { values.addAll(p.values()); values.addAll(p.regexValues()); });
    c.httpHeaderConfig().ifPresent(h -> { values.addAll(h.values()); values.addAll(h.regexValues()); });
    c.queryStringConfig().ifPresent(q -> q.values().forEach(v -> values.add(v.key().orElse("") + "=" + v.value())));
    c.httpRequestMethodConfig().ifPresent(m -> values.addAll(m.values()));
    c.sourceIpConfig().ifPresent(s -> values.addAll(s.values()));
    return values;
  }

  /** The {@code *} and {@code ?} wildcards of a condition's non-regex values (a backslash escapes one). */
  static int wildcards(RuleCondition c) {
    List<String> plain = new ArrayList<>();
    c.hostHeaderConfig().ifPresent(h -> plain.addAll(h.values()));
    c.pathPatternConfig().ifPresent(p -> plain.addAll(p.values()));
    c.httpHeaderConfig().ifPresent(h -> plain.addAll(h.values()));
    c.queryStringConfig().ifPresent(q -> q.values().forEach(v -> plain.add(v.key().orElse("") + v.value())));
    int count = 0;
    for (String value : plain) {
      for (int i = 0; i < value.length(); i++) {
        char ch = value.charAt(i);
        if (ch == '\\') {
          i++; // an escaped literal * or ? is no wildcard
        } else if (ch == '*' || ch == '?') {
          count++;
        }
      }
    }
    return count;
  }
}
