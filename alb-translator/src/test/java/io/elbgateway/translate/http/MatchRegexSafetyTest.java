/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MatchRegexSafetyTest {

  @Test
  void refusesEveryConstructAlbDoesNotSupport() {
    Map<String, String> refused =
        Map.ofEntries(
            Map.entry("a(?=b)", "lookahead"),
            Map.entry("a(?!b)", "lookahead"),
            Map.entry("(?<=a)b", "lookbehind"),
            Map.entry("(?<!a)b", "lookbehind"),
            Map.entry("(a)\\1", "backreference"),
            Map.entry("(?<n>a)\\k<n>", "backreference"),
            Map.entry("(a)\\g1", "\\g"),
            Map.entry("(?>ab)", "atomic group"),
            Map.entry("a*+", "possessive"),
            Map.entry("a++", "possessive"),
            Map.entry("a?+", "possessive"),
            Map.entry("a{2,3}+", "possessive"),
            Map.entry("(a(?R)?b)", "recursion"),
            Map.entry("(a(?1)?b)", "recursion"),
            Map.entry("(?&name)", "recursion"),
            Map.entry("\\p{L}+", "Unicode class"),
            Map.entry("[\\P{L}]", "Unicode class"),
            Map.entry("\\pL", "Unicode class"));
    refused.forEach(
        (regex, construct) -> assertThat(RegexSafety.refusal(regex)).as(regex).hasValueSatisfying(m -> assertThat(m).contains(construct)));
  }

  @Test
  void acceptsOrdinaryRegexes() {
    for (String regex :
        new String[] {
          "/api/v[0-9]+/.*", "a+?", "a*?b", "a{2,3}?", "(?:ab)+", "(?<name>ab)", "(?i)abc", "[(?=]x", "[+]+", "\\d+\\.\\d+", "a|b", "[]a]", "[^]a]+", "\\+\\+", "[[:alpha:]]"
        }) {
      assertThat(RegexSafety.refusal(regex)).as(regex).isEmpty();
    }
  }

  @Test
  void refusesMalformedRegexes() {
    assertThat(RegexSafety.refusal("(ab")).hasValueSatisfying(m -> assertThat(m).contains("not a valid regular expression"));
    assertThat(RegexSafety.refusal("a\\")).isPresent();
  }

  @Test
  void literalMatchesExactlyItsText() {
    String text = "/a.b*c?d+e(f)[g]{h}|i^j$k\\l";
    Pattern p = Pattern.compile("^" + RegexSafety.literal(text) + "$");
    assertThat(p.matcher(text).matches()).isTrue();
    assertThat(p.matcher("/aXb*c?d+e(f)[g]{h}|i^j$k\\l").matches()).isFalse();
    assertThat(RegexSafety.anchored("a|b")).isEqualTo("^(a|b)$");
  }
}
