/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regular expressions as ALB takes them in {@code RegexValues}, and literal text made into one.
 *
 * <p>ALB does not support lookahead, lookbehind, backreferences, atomic groups, possessive
 * quantifiers, subroutines, recursion or Unicode classes such as {@code \p{L}} ({@code
 * alb-elbv2.md} §1.4); AWS does not name its dialect. A Gateway API regex using one of these is
 * refused here, naming the construct, so that AWS never sees it. A regex must also compile as a
 * {@link java.util.regex.Pattern}, the closest check of well-formedness the translator has.
 *
 * <p>Gateway API regular expressions match the whole value (path or header value), so a regex is
 * anchored as {@code ^(regex)$}; a regex that already carries its anchors still means the same.
 */
final class RegexSafety {

  /** The characters a regex treats specially outside a character class. */
  private static final String META = "\\.^$|?*+()[]{}";

  private RegexSafety() {}

  /** The first construct ALB refuses in {@code regex}, described for a status message. */
  static Optional<String> refusal(String regex) {
    Optional<String> construct = unsupportedConstruct(regex);
    if (construct.isPresent()) {
      return Optional.of("uses " + construct.get() + ", which ALB regular expressions do not support");
    }
    try {
      Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      return Optional.of("is not a valid regular expression (" + e.getDescription() + " near index " + e.getIndex() + ")");
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.of("is not a valid regular expression");
    }
    return Optional.empty();
  }

  /** {@code regex} anchored to the whole value. */
  static String anchored(String regex) {
    return "^(" + regex + ")$";
  }

  /** {@code text} as a regex that matches exactly that text. */
  static String literal(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (META.indexOf(ch) >= 0) {
        sb.append('\\');
      }
      sb.append(ch);
    }
    return sb.toString();
  }

  private static Optional<String> unsupportedConstruct(String re) {
    boolean inClass = false;
    boolean afterQuantifier = false;
    int n = re.length();
    for (int i = 0; i < n; i++) {
      char ch = re.charAt(i);
      if (ch == '\\') {
        if (i + 1 >= n) {
          return Optional.empty(); // a trailing backslash: Pattern.compile reports it
        }
        char next = re.charAt(i + 1);
        if (next == 'p' || next == 'P') {
          return Optional.of("a Unicode class (\\" + next + ")");
        }
        if (!inClass) {
          if (next >= '1' && next <= '9') {
            return Optional.of("a backreference (\\" + next + ")");
          }
          if (next == 'k') {
            return Optional.of("a named backreference (\\k)");
          }
          if (next == 'g') {
            return Optional.of("a backreference or subroutine call (\\g)");
          }
        }
        i++;
        afterQuantifier = false;
        continue;
      }
      if (inClass) {
        if (ch == ']') {
          inClass = false;
        } else if (ch == '[' && i + 1 < n && re.charAt(i + 1) == ':') {
          int end = re.indexOf(":]", i + 2);
          if (end > 0) {
            i = end + 1; // a POSIX class such as [:alpha:]
          }
        }
        continue;
      }
      switch (ch) {
        case '[' -> {
          inClass = true;
          afterQuantifier = false;
          // A ']' right after '[' or '[^' is a literal member of the class.
          if (i + 1 < n && re.charAt(i + 1) == '^') {
            i++;
          }
          if (i + 1 < n && re.charAt(i + 1) == ']') {
            i++;
          }
        }
        case '(' -> {
          afterQuantifier = false;
          if (i + 1 < n && re.charAt(i + 1) == '?') {
            Optional<String> group = group(re, i + 2);
            if (group.isPresent()) {
              return group;
            }
          }
        }
        case '*', '+', '?' -> {
          if (afterQuantifier && ch == '+') {
            return Optional.of("a possessive quantifier (" + re.charAt(i - 1) + "+)");
          }
          // '?' and '+' after a quantifier make it lazy or possessive; neither starts a new one.
          afterQuantifier = !afterQuantifier;
        }
        case '{' -> {
          int end = quantifierEnd(re, i);
          if (end > 0) {
            i = end;
            afterQuantifier = true;
          } else {
            afterQuantifier = false;
          }
        }
        default -> afterQuantifier = false;
      }
    }
    return Optional.empty();
  }

  /** A special group starting with {@code (?} whose rest starts at {@code at}. */
  private static Optional<String> group(String re, int at) {
    String rest = re.substring(Math.min(at, re.length()));
    if (rest.startsWith("=") || rest.startsWith("!")) {
      return Optional.of("a lookahead ((?" + rest.charAt(0) + ")");
    }
    if (rest.startsWith("<=") || rest.startsWith("<!")) {
      return Optional.of("a lookbehind ((?" + rest.substring(0, 2) + ")");
    }
    if (rest.startsWith(">")) {
      return Optional.of("an atomic group ((?>)");
    }
    if (rest.startsWith("R") || rest.startsWith("&") || rest.startsWith("P>") || rest.startsWith("P=")) {
      return Optional.of("recursion or a subroutine call ((?" + rest.charAt(0) + ")");
    }
    if (!rest.isEmpty() && (Character.isDigit(rest.charAt(0)) || ((rest.charAt(0) == '+' || rest.charAt(0) == '-') && rest.length() > 1 && Character.isDigit(rest.charAt(1))))) {
      return Optional.of("recursion or a subroutine call ((?" + rest.charAt(0) + ")");
    }
    return Optional.empty();
  }

  /** The index of the '}' closing a quantifier {n}, {n,} or {n,m} that starts at {@code open}; -1 if none. */
  private static int quantifierEnd(String re, int open) {
    int i = open + 1;
    int digits = 0;
    while (i < re.length() && Character.isDigit(re.charAt(i))) {
      i++;
      digits++;
    }
    if (digits == 0) {
      return -1;
    }
    if (i < re.length() && re.charAt(i) == ',') {
      i++;
      while (i < re.length() && Character.isDigit(re.charAt(i))) {
        i++;
      }
    }
    return i < re.length() && re.charAt(i) == '}' ? i : -1;
  }
}
